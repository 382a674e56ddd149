### The publish page and history: credits, corrections, withdrawal, editions, comparing revisions and the audit trail.
