// docket review: the only script besides htmx. No inline handlers (the CSP forbids them).
// It turns a selection in the report's text into code-point offsets for "Add an incident".
"use strict";

(function () {
  // Offsets are Python str indices, i.e. Unicode code points, not UTF-16 units.
  function codePoints(text) {
    return Array.from(text).length;
  }

  function offsetOf(container, node, offset) {
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function onSelection() {
    const container = document.getElementById("report-text");
    const form = document.getElementById("add-incident");
    if (!container || !form) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    const quote = range.toString();
    if (!quote.trim()) return;
    const start = offsetOf(container, range.startContainer, range.startOffset);
    document.getElementById("sel-start").value = String(start);
    document.getElementById("sel-end").value = String(start + codePoints(quote));
    document.getElementById("sel-quote").value = quote;
    document.getElementById("sel-show").textContent = quote;
    document.getElementById("add-incident-button").disabled = false;
  }

  // Point at an incident's evidence when its card is hovered.
  function onHover(event) {
    const card = event.target.closest ? event.target.closest("[data-incident]") : null;
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    if (!card) return;
    const id = card.getAttribute("data-incident");
    document.querySelectorAll("mark[data-incidents]").forEach((m) => {
      if (m.getAttribute("data-incidents").split(" ").includes(id)) m.classList.add("active");
    });
  }

  // After an incident is decided in place (htmx), its evidence in the text follows suit:
  // a rejected incident's marks fade, as they are left out when the page is rendered.
  function onSwap(event) {
    const card = event.detail && event.detail.elt;
    if (!card || !card.getAttribute || !card.hasAttribute("data-incident")) return;
    const id = card.getAttribute("data-incident");
    const rejected = card.classList.contains("state-rejected");
    document.querySelectorAll("mark[data-incidents]").forEach((m) => {
      const ids = m.getAttribute("data-incidents").split(" ");
      if (ids.length === 1 && ids[0] === id) m.classList.toggle("rejected", rejected);
    });
  }

  // A refused in-place decision (a bad date, a stale form) is not swapped in by htmx:
  // show the reason from the error page, as text.
  function onError(event) {
    const flash = document.getElementById("flash");
    const xhr = event.detail && event.detail.xhr;
    if (!flash || !xhr) return;
    const page = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
    const reason = page.querySelector("p.error");
    flash.textContent = (reason ? reason.textContent : "") || "The request failed (" + xhr.status + ").";
    flash.hidden = false;
    window.scrollTo(0, 0);
  }

  document.addEventListener("DOMContentLoaded", function () {
    const container = document.getElementById("report-text");
    if (container) {
      container.addEventListener("mouseup", onSelection);
      container.addEventListener("keyup", onSelection);
    }
    document.addEventListener("mouseover", onHover);
    document.body.addEventListener("htmx:afterSettle", onSwap);
    document.body.addEventListener("htmx:responseError", onError);
  });
})();
