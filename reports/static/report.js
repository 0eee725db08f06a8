/* healthlint report: filters and highlight/finding linking. Runs from a file:// URL with
   no server and no network; without it the report is complete, only unfiltered. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("[data-f]"));

  function checked(name) {
    return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]:checked"))
      .map(function (i) { return i.value; });
  }

  function apply() {
    var sev = checked("severity"), cat = checked("category");
    var select = form.querySelector("select[name=reviewer]");
    var who = select ? select.value : "";
    var visible = {}, shown = 0;
    cards.forEach(function (c) {
      var ok = sev.indexOf(c.dataset.severity) >= 0 && cat.indexOf(c.dataset.category) >= 0 &&
        (!who || c.dataset.reviewers.split("|").indexOf(who) >= 0);
      c.hidden = !ok;
      if (ok) { visible[c.id] = true; shown += 1; }
    });
    marks.forEach(function (m) {
      var on = m.dataset.f.split(" ").some(function (id) { return visible[id]; });
      m.classList.toggle("off", !on);
    });
    var status = document.getElementById("filter-status");
    if (status) { status.textContent = "Showing " + shown + " of " + cards.length + " findings."; }
  }

  function highlight(ids, on) {
    ids.split(" ").forEach(function (id) {
      var card = document.getElementById(id);
      if (card) { card.classList.toggle("active", on); }
    });
  }

  marks.forEach(function (m) {
    if (!m.classList.contains("hl")) { return; }
    ["focus", "mouseenter"].forEach(function (ev) {
      m.addEventListener(ev, function () { highlight(m.dataset.f, true); });
    });
    ["blur", "mouseleave"].forEach(function (ev) {
      m.addEventListener(ev, function () { highlight(m.dataset.f, false); });
    });
  });

  /* Following a highlight moves focus to its finding card, so keyboard users land there. */
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (!a) { return; }
    var target = document.getElementById(a.getAttribute("href").slice(1));
    if (target && target.classList.contains("card")) {
      window.setTimeout(function () { target.focus(); }, 0);
    }
  });

  if (form) {
    form.hidden = false;
    form.addEventListener("change", apply);
    apply();
  }

  /* Sortable tables on the scan's index page. */
  Array.prototype.slice.call(document.querySelectorAll("table.sortable")).forEach(function (table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    heads.forEach(function (th, col) {
      var button = th.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].dataset.sort || a.cells[col].textContent;
          var y = b.cells[col].dataset.sort || b.cells[col].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  /* Print everything: open the collapsed evidence and rule docs. */
  window.addEventListener("beforeprint", function () {
    Array.prototype.slice.call(document.querySelectorAll("details")).forEach(function (d) { d.open = true; });
  });
}());
