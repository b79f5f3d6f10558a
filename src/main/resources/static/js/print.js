// Print views: the print button (no inline scripts under the content security policy).
(function () {
  'use strict';
  var button = document.getElementById('print-button');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
})();
