// impl bewerk: after the server replaced a part of the page, put the keyboard focus where
// the person was working (a new item's first field, the moved item's button, the status
// after a save). The page works without this script too; it only helps the keyboard.
(function () {
  "use strict";
  function placeFocus(root) {
    var target = root.querySelector("[autofocus]") || root.querySelector("[data-focus]");
    if (target) {
      target.focus();
      return;
    }
    var wanted = root.querySelector("[data-focus-id]");
    if (wanted) {
      var element = document.getElementById(wanted.getAttribute("data-focus-id"));
      if (element) element.focus();
    }
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target && event.target.id === "werkblad") placeFocus(event.target);
  });
  document.addEventListener("DOMContentLoaded", function () {
    var status = document.querySelector("[data-focus]");
    if (status) status.focus();
  });
})();
