### The review page: the diff since the editor last reviewed, beside the source; comments and decisions.
