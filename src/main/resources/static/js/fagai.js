// Page behaviour shared by every page; no inline scripts (the content security policy forbids them).
// Pages opt in by markup alone: [required] fields get a mark, errors go beside their field, input[data-unit] gets its
// unit, input[data-picker] a searchable tree, tables scroll (or stack: table.fagai-stack) on phones, empty tables and
// charts say 暂无数据, and form[data-upload-progress] shows the upload's real progress.
(function () {
  'use strict';

  var body = document.body;
  var texts = body ? body.dataset : {};

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    setUp(document);
    setUpCalendarEditor();
    setUpUploadProgress();
  });
  // Content htmx swaps in (the live approval rows) gets the same treatment.
  document.addEventListener('htmx:afterSettle', function (event) {
    setUp(event.target);
  });
  // Charts draw after load (some after fetching their data): look at them a few times, and say 暂无数据 only for one
  // that has an instance without data, or none at all by the last look.
  window.addEventListener('load', function () {
    [300, 1500, 4000].forEach(function (delay, i, all) {
      setTimeout(function () { markEmptyCharts(i === all.length - 1); }, delay);
    });
  });
  window.addEventListener('resize', function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('[_echarts_instance_]').forEach(function (el) {
      var chart = window.echarts.getInstanceByDom(el);
      if (chart) {
        chart.resize();
      }
    });
  });

  function setUp(root) {
    markRequired(root);
    addUnits(root);
    wrapTables(root);
    stackTables(root);
    fillEmptyTables(root);
    setUpPickers(root);
    if (root === document) {
      showFieldErrors();
    }
  }

  // Required fields: a mark on their label (screen readers hear "必填" from the field's own required state).
  function markRequired(root) {
    root.querySelectorAll('input[required], select[required], textarea[required]').forEach(function (field) {
      if (!field.id) {
        return;
      }
      var label = document.querySelector('label[for="' + field.id + '"]');
      if (label) {
        label.classList.add('fagai-required');
      }
    });
  }

  // Each error of a rejected form also stands beside its field.
  function showFieldErrors() {
    document.querySelectorAll('#form-errors li.fagai-error').forEach(function (item) {
      var fieldSpan = item.querySelector('.fagai-error-field');
      var textSpan = item.querySelector('.fagai-error-text');
      var name = fieldSpan ? fieldSpan.textContent.trim() : '';
      if (!name) {
        return;
      }
      var field = document.querySelector('main form [name="' + name + '"]') || document.getElementById(name);
      if (!field || field.type === 'hidden') {
        return;
      }
      field.classList.add('is-invalid');
      field.setAttribute('aria-invalid', 'true');
      var feedback = document.createElement('div');
      feedback.className = 'invalid-feedback d-block fagai-field-error';
      feedback.id = 'error-' + name;
      feedback.textContent = textSpan ? textSpan.textContent : item.textContent;
      var anchor = field.closest('.input-group') || field;
      anchor.insertAdjacentElement('afterend', feedback);
      field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + feedback.id).trim());
    });
  }

  // Money and other amounts: the unit beside the box (万元).
  function addUnits(root) {
    root.querySelectorAll('input[data-unit]').forEach(function (input) {
      if (input.parentElement.classList.contains('input-group')) {
        return;
      }
      var group = document.createElement('div');
      group.className = 'input-group' + (input.classList.contains('form-control-sm') ? ' input-group-sm' : '');
      input.parentNode.insertBefore(group, input);
      group.appendChild(input);
      var unit = document.createElement('span');
      unit.className = 'input-group-text';
      unit.textContent = input.getAttribute('data-unit');
      group.appendChild(unit);
    });
  }

  // Wide tables scroll inside their card instead of widening the page.
  function wrapTables(root) {
    root.querySelectorAll('main table.table').forEach(function (table) {
      if (table.closest('.table-responsive')) {
        return;
      }
      var wrapper = document.createElement('div');
      wrapper.className = 'table-responsive';
      table.parentNode.insertBefore(wrapper, table);
      wrapper.appendChild(table);
    });
    // A region that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
    root.querySelectorAll('main .table-responsive:not([tabindex])').forEach(function (wrapper) {
      wrapper.setAttribute('tabindex', '0');
    });
  }

  // table.fagai-stack: on phones each row becomes a card of "label: value" lines (labels from the header).
  function stackTables(root) {
    root.querySelectorAll('table.fagai-stack').forEach(function (table) {
      var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        var label = th.querySelector('.fagai-sort > span');
        return (label || th).textContent.trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (headers[i] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headers[i]);
          }
        });
      });
    });
  }

  // A table without rows says so.
  function fillEmptyTables(root) {
    root.querySelectorAll('main table.table').forEach(function (table) {
      var tbody = table.tBodies[0];
      if (!tbody || tbody.rows.length > 0 || table.classList.contains('fagai-no-empty')) {
        return;
      }
      var columns = table.querySelectorAll('thead th').length || 1;
      var row = tbody.insertRow();
      row.className = 'fagai-empty-row';
      var cell = row.insertCell();
      cell.colSpan = columns;
      cell.className = 'text-center text-muted py-3';
      cell.textContent = texts.empty || '暂无数据';
    });
  }

  // A chart with nothing to draw says 暂无数据 instead of showing an empty frame.
  function markEmptyCharts(last) {
    document.querySelectorAll('.fagai-chart, .fagai-mini-chart').forEach(function (el) {
      if (el.hasAttribute('data-empty-checked')) {
        return;
      }
      var chart = window.echarts ? window.echarts.getInstanceByDom(el) : null;
      if (!chart && !last) {
        return;
      }
      var empty = true;
      if (chart) {
        var series = chart.getOption().series || [];
        empty = !series.some(function (s) {
          return (s.data || []).some(function (d) {
            var v = d !== null && typeof d === 'object' && !Array.isArray(d) ? d.value : d;
            if (Array.isArray(v)) {
              v = v[v.length - 1];
            }
            return v !== null && v !== undefined && v !== '' && v !== '-' && !(typeof v === 'number' && isNaN(v));
          });
        });
      }
      el.setAttribute('data-empty-checked', 'true');
      if (empty && !el.querySelector('.fagai-chart-empty')) {
        if (chart) {
          chart.clear();
        }
        el.classList.add('fagai-chart-is-empty');
        el.setAttribute('data-empty', 'true');
        var note = document.createElement('div');
        note.className = 'fagai-chart-empty';
        note.textContent = texts.empty || '暂无数据';
        el.appendChild(note);
      }
    });
  }

  // Imports: the upload goes through XMLHttpRequest so its progress is real; the answer replaces the page as a
  // normal submission would.
  function setUpUploadProgress() {
    document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.FormData || !window.XMLHttpRequest) {
          return;
        }
        event.preventDefault();
        var bar = form.querySelector('.fagai-upload-progress');
        if (!bar) {
          bar = document.createElement('div');
          bar.className = 'fagai-upload-progress mt-2';
          bar.innerHTML = '<div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0">'
            + '<div class="progress-bar" style="width:0%">0%</div></div><div class="small text-muted mt-1" aria-live="polite"></div>';
          form.appendChild(bar);
        }
        var track = bar.querySelector('.progress');
        var fill = bar.querySelector('.progress-bar');
        var note = bar.querySelector('[aria-live]');
        track.setAttribute('aria-label', texts.uploadProgress || '');
        var xhr = new XMLHttpRequest();
        xhr.open((form.getAttribute('method') || 'post').toUpperCase(), form.action);
        xhr.upload.addEventListener('progress', function (e) {
          if (e.lengthComputable) {
            var percent = Math.round(e.loaded * 100 / e.total);
            fill.style.width = percent + '%';
            fill.textContent = percent + '%';
            track.setAttribute('aria-valuenow', String(percent));
            if (percent >= 100) {
              fill.classList.add('progress-bar-striped', 'progress-bar-animated');
              note.textContent = texts.uploadProcessing || '';
            }
          }
        });
        xhr.addEventListener('load', function () {
          var type = xhr.getResponseHeader('Content-Type') || '';
          if (type.indexOf('text/html') === 0) {
            if (xhr.responseURL) {
              history.replaceState(null, '', xhr.responseURL);
            }
            document.open();
            document.write(xhr.responseText);
            document.close();
          } else {
            form.submit();
          }
        });
        xhr.addEventListener('error', function () {
          form.submit();
        });
        xhr.send(new FormData(form));
        form.querySelectorAll('button[type=submit]').forEach(function (b) {
          b.disabled = true;
        });
      });
    });
  }

  // Region (GB/T 2260) and industry (GB/T 4754) pickers: a searchable tree beside the code box.
  function setUpPickers(root) {
    root.querySelectorAll('input[data-picker]').forEach(function (input) {
      if (input.dataset.pickerReady) {
        return;
      }
      input.dataset.pickerReady = 'true';
      var kind = input.getAttribute('data-picker');
      // data-picker="region" offers the divisions down to the county; "town" the towns below them too
      var base = (body.dataset.context || '/') + 'reference/picker/'
        + (kind === 'industry' ? 'industries' : kind === 'town' ? 'towns' : 'regions');
      var wrapper = document.createElement('div');
      wrapper.className = 'fagai-picker position-relative';
      input.parentNode.insertBefore(wrapper, input);
      var group = document.createElement('div');
      group.className = 'input-group' + (input.classList.contains('form-control-sm') ? ' input-group-sm' : '');
      wrapper.appendChild(group);
      group.appendChild(input);
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-outline-secondary fagai-picker-open';
      button.textContent = texts.pickerOpen || '选择';
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-label', (kind === 'industry' ? texts.pickerIndustry : texts.pickerRegion) || button.textContent);
      group.appendChild(button);
      var name = document.createElement('div');
      name.className = 'form-text fagai-picker-name';
      wrapper.appendChild(name);
      var panel = document.createElement('div');
      panel.className = 'fagai-picker-panel card shadow-sm';
      panel.hidden = true;
      panel.innerHTML = '<div class="card-body p-2"><input type="search" class="form-control form-control-sm mb-2 fagai-picker-search">'
        + '<ul class="list-unstyled mb-0 fagai-picker-list" role="tree"></ul></div>';
      wrapper.appendChild(panel);
      var search = panel.querySelector('.fagai-picker-search');
      search.setAttribute('placeholder', texts.pickerSearch || '');
      search.setAttribute('aria-label', texts.pickerSearch || '');
      var list = panel.querySelector('.fagai-picker-list');

      function load(url, target, depth) {
        return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            target.innerHTML = '';
            if (items.length === 0) {
              var none = document.createElement('li');
              none.className = 'text-muted small px-2';
              none.textContent = texts.pickerNone || '';
              target.appendChild(none);
            }
            items.forEach(function (item) {
              target.appendChild(node(item, depth));
            });
          });
      }

      function node(item, depth) {
        var li = document.createElement('li');
        li.setAttribute('role', 'treeitem');
        var row = document.createElement('div');
        row.className = 'd-flex align-items-center gap-1';
        row.style.paddingLeft = (depth * 14) + 'px';
        var toggle = document.createElement('button');
        toggle.type = 'button';
        toggle.className = 'btn btn-sm btn-link p-0 fagai-picker-toggle';
        toggle.textContent = item.leaf ? '' : '▸';
        toggle.disabled = item.leaf;
        toggle.setAttribute('aria-label', item.name);
        var choose = document.createElement('button');
        choose.type = 'button';
        choose.className = 'btn btn-sm btn-light text-start flex-grow-1 fagai-picker-item';
        choose.textContent = item.code + '  ' + item.name + (item.path ? '（' + item.path + '）' : '');
        choose.dataset.code = item.code;
        row.appendChild(toggle);
        row.appendChild(choose);
        li.appendChild(row);
        var children = document.createElement('ul');
        children.className = 'list-unstyled';
        children.setAttribute('role', 'group');
        children.hidden = true;
        li.appendChild(children);
        toggle.addEventListener('click', function () {
          if (children.hidden) {
            children.hidden = false;
            toggle.textContent = '▾';
            li.setAttribute('aria-expanded', 'true');
            load(base + '?parent=' + encodeURIComponent(item.code), children, depth + 1);
          } else {
            children.hidden = true;
            toggle.textContent = '▸';
            li.setAttribute('aria-expanded', 'false');
          }
        });
        choose.addEventListener('click', function () {
          input.value = item.code;
          name.textContent = item.name;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          close();
          input.focus();
        });
        return li;
      }

      function open() {
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        if (!list.children.length) {
          load(base, list, 0);
        }
        search.focus();
      }

      function close() {
        panel.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      }

      button.addEventListener('click', function () {
        if (panel.hidden) {
          open();
        } else {
          close();
        }
      });
      var timer = null;
      search.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var q = search.value.trim();
          load(q ? base + '?q=' + encodeURIComponent(q) : base, list, 0);
        }, 250);
      });
      panel.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') {
          close();
          button.focus();
        }
      });
      // Show the name of a code already in the box.
      if (input.value) {
        fetch(base + '?q=' + encodeURIComponent(input.value), { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            items.forEach(function (item) {
              if (item.code === input.value) {
                name.textContent = item.name;
              }
            });
          });
      }
    });
  }

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
