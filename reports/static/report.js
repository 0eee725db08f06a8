/* healthlint report: filters and highlight/finding linking. Runs from a file:// URL with
   no server and no network; without it the report is complete, only unfiltered. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("[data-f]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("details.group"));

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
    groups.forEach(function (g) {
      g.hidden = !Array.prototype.some.call(g.querySelectorAll(".card"), function (c) { return !c.hidden; });
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

  /* The text pane sticks below the filter bar: tell the stylesheet how tall the bar is. */
  function stickyTop() {
    var h = form && !form.hidden ? form.getBoundingClientRect().height : 0;
    document.documentElement.style.setProperty("--sticky-top", Math.ceil(h) + "px");
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  /* A link to a place in the text scrolls the text pane (which scrolls on its own) so the
     words are in its middle, without moving the findings the reader is in; a link to a
     finding opens its group and moves focus to it, so keyboard users land there. */
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (!a) { return; }
    var id = a.getAttribute("href").slice(1);
    var target = document.getElementById(id);
    if (!target) { return; }
    if (target.classList.contains("card")) {
      var group = target.closest("details");
      if (group) { group.open = true; }
      window.setTimeout(function () { target.focus(); }, 0);
      return;
    }
    var pane = target.closest(".layout.two .text");
    if (!pane || pane.scrollHeight <= pane.clientHeight || !inView(pane)) { return; }
    e.preventDefault();
    var offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += offset - pane.clientHeight / 3;
    target.focus({ preventScroll: true });
    target.classList.add("active");
    window.setTimeout(function () { target.classList.remove("active"); }, 1500);
    if (window.history && window.history.replaceState) { window.history.replaceState(null, "", "#" + id); }
  });

  Array.prototype.slice.call(document.querySelectorAll(".group-tools")).forEach(function (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (e) {
      var b = e.target.closest ? e.target.closest("button[data-groups]") : null;
      if (!b) { return; }
      var open = b.getAttribute("data-groups") === "open";
      tools.parentNode.querySelectorAll("details.group").forEach(function (d) { d.open = open; });
    });
  });

  if (form) {
    form.hidden = false;
    form.addEventListener("change", apply);
    apply();
  }
  stickyTop();
  window.addEventListener("resize", stickyTop);

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

  /* The scan index: filter the articles by words (path, title, rule code, family,
     reviewer), family and reviewer; the summary tables' rule and family links set it. */
  var indexForm = document.getElementById("index-filter");
  if (indexForm) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.articles tbody tr"));
    var box = document.getElementById("q");
    var reviewerSelect = document.getElementById("index-reviewer");
    Array.prototype.slice.call(indexForm.querySelectorAll(".js-only")).forEach(function (p) { p.hidden = false; });
    var filterRows = function () {
      var terms = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      var checkedFamily = indexForm.querySelector("input[name=family]:checked");
      var family = checkedFamily ? checkedFamily.value : "";
      var who = reviewerSelect ? reviewerSelect.value : "";
      var shown = 0;
      rows.forEach(function (tr) {
        var text = tr.dataset.search || "";
        var ok = terms.every(function (t) { return text.indexOf(t) >= 0; }) &&
          (!family || (tr.dataset.families || "").split(" ").indexOf(family) >= 0) &&
          (!who || (tr.dataset.reviewers || "").split("|").indexOf(who) >= 0);
        tr.hidden = !ok;
        if (ok) { shown += 1; }
      });
      var status = document.getElementById("index-status");
      if (status) {
        status.textContent = shown === rows.length ? rows.length + " articles." :
          "Showing " + shown + " of " + rows.length + " articles.";
      }
    };
    indexForm.addEventListener("input", filterRows);
    indexForm.addEventListener("change", filterRows);
    indexForm.addEventListener("submit", function (e) { e.preventDefault(); filterRows(); });
    document.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a[data-filter], a[data-family]") : null;
      if (!a) { return; }
      if (a.dataset.filter) {
        box.value = a.dataset.filter;
        var all = document.getElementById("fam-all");
        if (all) { all.checked = true; }
      } else {
        var radio = document.getElementById("fam-" + a.dataset.family);
        if (radio) { radio.checked = true; }
        box.value = "";
      }
      filterRows();
    });
    filterRows();
  }

  /* Print everything: open the collapsed evidence and rule docs. */
  window.addEventListener("beforeprint", function () {
    Array.prototype.slice.call(document.querySelectorAll("details")).forEach(function (d) { d.open = true; });
  });
}());
