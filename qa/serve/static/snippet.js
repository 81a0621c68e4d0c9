/* "See an error?" — the report form of qa serve, for a publication's pages.
 *
 * Paste under the page's "See an error?" line:
 *   <script src="https://corrections.example.org/snippet.js" data-document="page-id-or-file.txt"
 *           data-mailto="corrections@example.org" defer></script>
 * data-document: the page's id or file name as the service's --map knows it (default: the page's URL).
 * data-mailto: where to send the report when the service cannot be reached (the e-mail fallback writes
 *   Page:, Quote:, Suggestion: lines that `qa corrections import` reads).
 * Select the wrong words on the page, then "Report an error": the selection becomes the quote.
 * No build step, no dependencies; every text is set with textContent, never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var service = script.getAttribute("data-endpoint") || new URL(script.src, location.href).origin;
  var pageKey = script.getAttribute("data-document") || location.href;
  var mailto = script.getAttribute("data-mailto") || "";
  var submission = null;
  var lastSelection = "";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }
  function field(form, name, label, multiline, type) {
    var wrap = el("label", {}, label);
    wrap.style.display = "block";
    wrap.style.margin = "0.4em 0";
    var input = multiline ? el("textarea", { name: name, rows: "2" }) : el("input", { name: name, type: type || "text" });
    input.style.display = "block";
    input.style.width = "100%";
    input.style.boxSizing = "border-box";
    wrap.appendChild(input);
    form.appendChild(wrap);
    return input;
  }
  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function oneLine(text) { return String(text || "").replace(/\s+/g, " ").trim(); }

  var box = el("div", { "class": "qa-report", "data-qa-report": "" });
  var open = el("button", { type: "button", "class": "qa-report-open" }, "Report an error");
  var form = el("form", { "class": "qa-report-form", novalidate: "" });
  form.hidden = true;
  form.style.maxWidth = "36em";
  var quote = field(form, "quote", "The wrong text (select it on the page, or copy it here)", true);
  var suggestion = field(form, "suggestion", "What it should say", true);
  var note = field(form, "note", "Anything else (optional)", true);
  var email = field(form, "email", "Your e-mail, if we may reply (optional, never published)", false, "email");
  var trap = field(form, "website", "Leave this empty", false);
  trap.parentNode.setAttribute("aria-hidden", "true");
  trap.parentNode.style.position = "absolute";
  trap.parentNode.style.left = "-10000px";
  trap.setAttribute("tabindex", "-1");
  trap.setAttribute("autocomplete", "off");
  var send = el("button", { type: "submit", "class": "qa-report-send" }, "Send report");
  form.appendChild(send);
  var status = el("p", { "class": "qa-report-status", role: "status", "aria-live": "polite" });
  box.appendChild(open);
  box.appendChild(form);
  box.appendChild(status);
  script.parentNode.insertBefore(box, script.nextSibling);

  document.addEventListener("mouseup", function () {
    var selection = window.getSelection ? oneLine(window.getSelection().toString()) : "";
    if (selection && !box.contains(window.getSelection().anchorNode)) {
      lastSelection = selection;
      if (!form.hidden) { quote.value = selection; }
    }
  });
  open.addEventListener("click", function () {
    form.hidden = !form.hidden;
    if (!form.hidden && lastSelection && !quote.value) { quote.value = lastSelection; }
    if (!form.hidden) { (quote.value ? suggestion : quote).focus(); }
  });

  function mailBody() {
    return "Page: " + oneLine(pageKey) + "\nQuote: " + oneLine(quote.value) + "\nSuggestion: " + oneLine(suggestion.value) +
      (oneLine(note.value) ? "\nNote: " + oneLine(note.value) : "") + "\n";
  }
  function fallback(message) {
    status.textContent = message + " ";
    if (mailto) {
      var link = el("a", { href: "mailto:" + mailto + "?subject=" + encodeURIComponent("See an error? " + oneLine(pageKey)) +
        "&body=" + encodeURIComponent(mailBody()), "class": "qa-report-mailto" }, "Send it by e-mail instead");
      status.appendChild(link);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!oneLine(quote.value) || !oneLine(suggestion.value)) {
      status.textContent = "Please give the wrong text and what it should say.";
      return;
    }
    submission = submission || newKey();
    send.disabled = true;
    status.textContent = "Sending…";
    fetch(service + "/api/reports", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ document: pageKey, quote: quote.value, suggestion: suggestion.value, note: note.value,
                             email: email.value, website: trap.value, submission: submission })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status === 201) {
          status.textContent = "Thank you: report #" + data.id + " was recorded; an editor will look at it.";
          form.reset();
          form.hidden = true;
          submission = null;
        } else if (response.status >= 500) {
          fallback("The report service failed.");
        } else {
          status.textContent = "Not sent: " + (data.error || ("error " + response.status));
        }
      });
    }).catch(function () {
      fallback("The report service cannot be reached.");
    }).then(function () { send.disabled = false; });
  });
}());
