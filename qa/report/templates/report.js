(function () {
  "use strict";
  var filters = document.getElementById("filters");
  var boxes = Array.prototype.slice.call(filters.querySelectorAll("input[name=severity], input[name=category], input[name=check]"));
  var only = document.getElementById("only-findings");
  var showAccepted = document.getElementById("show-accepted");
  var search = document.getElementById("search");
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-f]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll(".row[data-pair]"));
  var status = document.getElementById("status");
  var noneLeft = document.getElementById("none-left");
  var acceptedCount = document.getElementById("accepted-count");
  var meta = JSON.parse(document.getElementById("qa-meta").textContent);
  // Chromium gives every file:// page one storage: key by document and run signature, so two reports never mix
  var storageKey = "qa-triage:" + meta.doc + "|" + meta.signature;
  var accepted = load();
  var WHY = { "false-positive": "false positive", "wont-fix": "won\u2019t fix" };

  function load() {
    try { return JSON.parse(window.localStorage.getItem(storageKey) || "{}") || {}; } catch (e) { return {}; }
  }
  function save() {
    try { window.localStorage.setItem(storageKey, JSON.stringify(accepted)); } catch (e) { /* private mode: this page only */ }
  }
  function checked(name) {
    var set = {}, any = false;
    boxes.forEach(function (b) { if (b.name === name) { any = true; if (b.checked) { set[b.value] = true; } } });
    return any ? set : null;
  }
  function haystack(f) {
    if (!f._text) {
      var row = f.closest(".row");
      var pairText = row ? (row.querySelector(".src").textContent + " " + row.querySelector(".tgt").textContent) : "";
      f._text = (f.textContent + " " + pairText).toLowerCase();
    }
    return f._text;
  }
  function apply() {
    var sev = checked("severity"), cat = checked("category"), chk = checked("check");
    var query = search.value.trim().toLowerCase(), shown = 0, visibleIds = {}, nAccepted = 0;
    findings.forEach(function (f) {
      var isAccepted = Object.prototype.hasOwnProperty.call(accepted, f.dataset.fp);
      f.classList.toggle("accepted", isAccepted);
      f.querySelector(".accepted-as").textContent = isAccepted ? "accepted: " + (WHY[accepted[f.dataset.fp].why] || "") : "";
      if (isAccepted) { nAccepted += 1; }
      var on = (!sev || sev[f.dataset.severity] === true) && (!cat || cat[f.dataset.category] === true) &&
               (!chk || chk[f.dataset.check] === true) && (!query || haystack(f).indexOf(query) >= 0) &&
               (!isAccepted || showAccepted.checked);
      f.hidden = !on;
      if (on) { shown += 1; if (!isAccepted) { visibleIds[f.id] = true; } }
    });
    marks.forEach(function (m) {
      var on = m.dataset.f.split(" ").some(function (id) { return visibleIds[id]; });
      m.classList.toggle("off", !on);
    });
    var rowsShown = 0;
    rows.forEach(function (r) {
      var n = r.querySelectorAll("li.finding:not([hidden])").length;
      r.hidden = (only.checked || query !== "") && n === 0;
      if (!r.hidden) { rowsShown += 1; }
    });
    status.textContent = shown + " of " + findings.length + " findings shown";
    acceptedCount.textContent = nAccepted + " accepted";
    noneLeft.style.display = rowsShown === 0 ? "block" : "none";
  }
  function setHeaderOffset() {
    var sticky = window.getComputedStyle(filters).position === "sticky";
    document.documentElement.style.setProperty("--filters-h", (sticky ? filters.offsetHeight : 0) + "px");
  }
  function flash(f) {
    marks.forEach(function (m) {
      if (m.dataset.f.split(" ").indexOf(f.id) >= 0) {
        m.classList.add("flash");
        setTimeout(function () { m.classList.remove("flash"); }, 1200);
      }
    });
  }
  function go(from, step) {
    var visible = findings.filter(function (f) { return !f.hidden; });
    if (!visible.length) { return; }
    var at = visible.indexOf(from);
    var next = visible[at < 0 ? (step > 0 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length];
    findings.forEach(function (f) { f.classList.remove("current"); });
    next.classList.add("current");
    next.scrollIntoView({ block: "start" });
    next.focus({ preventScroll: true });
    flash(next);
  }
  function copy(text, button) {
    function done() { var was = button.textContent; button.textContent = "Copied"; setTimeout(function () { button.textContent = was; }, 1200); }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text; document.body.appendChild(area); area.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
      document.body.removeChild(area); done();
    }
    if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(text).then(done, fallback); } else { fallback(); }
  }
  function exportAcceptFile() {
    var lines = [meta.accept_header.replace(/\n$/, "")];
    findings.forEach(function (f) {
      var entry = accepted[f.dataset.fp];
      if (entry) { lines.push(f.dataset.line + "  why=" + entry.why); }
    });
    var blob = new Blob([lines.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = meta.doc.replace(/[^\w.-]+/g, "_") + ".accepted.txt";
    document.body.appendChild(link); link.click(); document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }
  boxes.concat([only, showAccepted]).forEach(function (b) { b.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  document.getElementById("reset").addEventListener("click", function () {
    boxes.forEach(function (b) { b.checked = true; }); only.checked = false; showAccepted.checked = false; search.value = ""; apply();
  });
  document.getElementById("export").addEventListener("click", exportAcceptFile);
  findings.forEach(function (f) {
    f.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) { flash(f); return; }
      event.stopPropagation();
      if (button.classList.contains("accept")) {
        accepted[f.dataset.fp] = { why: button.dataset.why, check: f.dataset.check };
        save(); apply();
      } else if (button.classList.contains("restore")) {
        delete accepted[f.dataset.fp]; save(); apply();
      } else if (button.classList.contains("copy")) {
        copy(button.dataset.text, button);
      } else if (button.classList.contains("next") || button.classList.contains("prev")) {
        go(f, button.classList.contains("next") ? 1 : -1);
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.closest("input, textarea") || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "j" || event.key === "k") {
      go(document.querySelector("li.finding.current"), event.key === "j" ? 1 : -1);
    }
  });
  function fromHash() {
    // the dashboard links a check's findings as REPORT.html#check=ID: show that check only
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash.indexOf("check=") !== 0) { return; }
    var wanted = hash.slice(6);
    boxes.forEach(function (b) { if (b.name === "check") { b.checked = b.value === wanted; } });
    apply();
    var first = findings.filter(function (f) { return !f.hidden; })[0];
    if (first) { first.scrollIntoView({ block: "start" }); }
  }
  window.addEventListener("resize", setHeaderOffset);
  window.addEventListener("hashchange", fromHash);
  setHeaderOffset();
  apply();
  fromHash();
})();
