// Page behaviour shared by every page; no inline scripts (the content security policy forbids them).
(function () {
  'use strict';

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Mark the sidebar entry of the current page.
  document.addEventListener('DOMContentLoaded', function () {
    var page = document.querySelector('[data-page]');
    if (page) {
      var link = document.querySelector('#sidebar [data-nav="' + page.getAttribute('data-page').split('-')[0] + '"]');
      if (link) {
        link.classList.add('active');
      }
    }
    setUpCalendarEditor();
  });

  // Calendar: clicking a day fills the edit form; the form posts to /admin/calendar/days/{date}.
  function setUpCalendarEditor() {
    var form = document.getElementById('day-form');
    if (!form) {
      return;
    }
    var dateInput = document.getElementById('day-date');
    var base = form.getAttribute('action');
    base = base.substring(0, base.lastIndexOf('/') + 1);
    var sync = function () {
      form.setAttribute('action', base + dateInput.value);
    };
    dateInput.addEventListener('change', sync);
    form.addEventListener('submit', sync);
    document.querySelectorAll('#calendar-grid td[data-date]').forEach(function (cell) {
      cell.addEventListener('click', function () {
        dateInput.value = cell.getAttribute('data-date');
        sync();
        document.getElementById('day-name').focus();
      });
    });
  }
})();
