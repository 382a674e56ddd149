// Bitext staff interface: conveniences on top of pages that work without this script.
"use strict";
(function () {
  // Unsaved text survives closing the tab: every form marked data-autosave keeps its
  // fields in localStorage under its key until it is submitted.
  function autosave(form) {
    var key = "bitext:" + form.getAttribute("data-autosave");
    // form.elements holds fields placed elsewhere on the page with a form="…" attribute too.
    var fields = Array.prototype.filter.call(form.elements, function (f) {
      return f.tagName === "TEXTAREA" || (f.tagName === "INPUT" && f.type === "text");
    });
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
    if (saved && saved.values) {
      var changed = false;
      fields.forEach(function (f, i) {
        if (typeof saved.values[i] === "string" && saved.values[i] !== f.value) {
          f.value = saved.values[i]; changed = true;
        }
      });
      var note = form.querySelector("[data-restored]");
      if (changed && note) { note.hidden = false; }
    }
    document.addEventListener("input", function (ev) {
      if (!ev.target || ev.target.form !== form) { return; }
      var values = Array.prototype.map.call(fields, function (f) { return f.value; });
      try { localStorage.setItem(key, JSON.stringify({ values: values, at: Date.now() })); } catch (e) { /* full */ }
    });
    form.addEventListener("submit", function () {
      try { localStorage.removeItem(key); } catch (e) { /* ignore */ }
    });
  }
  document.querySelectorAll("form[data-autosave]").forEach(autosave);

  // Keys: j / k move to the next / previous changed paragraph of a diff.
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) { return; }
    if (ev.key !== "j" && ev.key !== "k") { return; }
    var changes = Array.prototype.slice.call(document.querySelectorAll("[data-change]"));
    if (!changes.length) { return; }
    var current = changes.indexOf(document.activeElement);
    var next = ev.key === "j" ? Math.min(current + 1, changes.length - 1) : Math.max(current - 1, 0);
    if (current === -1) { next = ev.key === "j" ? 0 : changes.length - 1; }
    changes[next].focus();
    ev.preventDefault();
  });

  // Review: hints about keys show only where the keys work, and a span selected in a
  // paragraph fills the quote field of that paragraph's comment form (inserted and kept
  // text only: deleted text and the words read out around changes are not quoted).
  document.querySelectorAll("[data-needs-script]").forEach(function (el) { el.hidden = false; });
  var quotes = {};
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) { return; }
    var node = sel.anchorNode && (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement);
    var cell = node && node.closest("[data-quote-source]");
    if (!cell || !cell.contains(sel.focusNode)) { return; }
    var copy = sel.getRangeAt(0).cloneContents();
    copy.querySelectorAll("del, .visually-hidden").forEach(function (el) { el.remove(); });
    var text = copy.textContent.trim();
    if (text) { quotes[cell.getAttribute("data-quote-source")] = text; }
  });
  // A paragraph's "comment" link chooses that paragraph in the page's one comment form,
  // quotes what was selected in it, and moves there without reloading the page.
  var where = document.getElementById("comment-paragraph");
  var quote = document.getElementById("comment-quote");
  var body = document.getElementById("comment-body");
  document.querySelectorAll("a[data-comment-on]").forEach(function (link) {
    link.addEventListener("click", function (ev) {
      if (!where || !body) { return; }
      var index = link.getAttribute("data-comment-on");
      where.value = index;
      if (quote) { quote.value = quotes[index] || ""; }
      body.focus();
      ev.preventDefault();
    });
  });
  // A translation memory suggestion's button puts its text in the paragraph's text area,
  // as if typed there (so the browser keeps it until it is saved).
  document.querySelectorAll("button[data-use-memory]").forEach(function (button) {
    button.addEventListener("click", function () {
      var area = document.getElementById(button.getAttribute("data-into"));
      if (!area) { return; }
      area.value = button.getAttribute("data-use-memory");
      area.dispatchEvent(new Event("input", { bubbles: true }));
      area.focus();
    });
  });
})();
