// Economic monitoring charts (ECharts) and the brief's download with progress. Data comes from data-* attributes:
// the content security policy forbids inline scripts.
(function () {
  'use strict';

  var COLORS = {GREEN: '#198754', YELLOW: '#e0a800', RED: '#dc3545', NONE: '#6c757d'};

  function parse(el, name) {
    var raw = el.getAttribute(name);
    return raw ? JSON.parse(raw) : null;
  }

  function num(v) {
    return v === null || v === undefined ? null : Number(v);
  }

  // Overview: one small bar chart per indicator, growth against target.
  function overviewCharts() {
    var box = document.getElementById('overview-charts');
    if (!box || !window.echarts) {
      return;
    }
    var items = parse(box, 'data-charts') || [];
    var labels = parse(box, 'data-labels') || {};
    items.forEach(function (item) {
      if (item.growth === null || item.growth === undefined) {
        return;
      }
      var col = document.createElement('div');
      col.className = 'col-6 col-md-4 col-xl-3';
      var card = document.createElement('div');
      card.className = 'border rounded p-1';
      var chart = document.createElement('div');
      chart.className = 'fagai-mini-chart';
      chart.setAttribute('data-code', item.code);
      card.appendChild(chart);
      col.appendChild(card);
      box.appendChild(col);
      var data = [{value: num(item.growth), itemStyle: {color: COLORS[item.warning] || COLORS.NONE}}];
      var categories = [labels.growth];
      if (item.target !== null && item.target !== undefined) {
        data.push({value: num(item.target), itemStyle: {color: '#9ec5fe'}});
        categories.push(labels.target);
      }
      echarts.init(chart).setOption({
        title: {text: item.name, left: 'center', textStyle: {fontSize: 12}},
        grid: {left: 40, right: 10, top: 30, bottom: 22},
        tooltip: {},
        xAxis: {type: 'category', data: categories},
        yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
        series: [{type: 'bar', data: data, label: {show: true, position: 'top', formatter: '{c}%'}}]
      });
    });
  }

  // Indicator page: value bars and growth lines over the months of each year.
  function trendChart() {
    var el = document.getElementById('trend-chart');
    if (!el || !window.echarts) {
      return;
    }
    var points = parse(el, 'data-trend') || [];
    var labels = parse(el, 'data-labels') || {};
    var years = [];
    points.forEach(function (p) {
      if (years.indexOf(p.year) < 0) {
        years.push(p.year);
      }
    });
    var months = [];
    points.forEach(function (p) {
      if (months.indexOf(p.toMonth) < 0) {
        months.push(p.toMonth);
      }
    });
    months.sort(function (a, b) { return a - b; });
    var series = [];
    years.forEach(function (y) {
      var byMonth = {};
      points.filter(function (p) { return p.year === y; }).forEach(function (p) { byMonth[p.toMonth] = p; });
      series.push({name: y + labels.year + ' ' + labels.value, type: 'bar',
        data: months.map(function (m) { return byMonth[m] ? num(byMonth[m].value) : null; })});
      series.push({name: y + labels.year + ' ' + labels.growth, type: 'line', yAxisIndex: 1, connectNulls: true,
        data: months.map(function (m) { return byMonth[m] ? num(byMonth[m].growth) : null; })});
    });
    echarts.init(el).setOption({
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 60, right: 50, top: 20, bottom: 60},
      xAxis: {type: 'category', data: months.map(function (m) { return (m === 1 ? '1' : '1-' + m) + labels.month; })},
      yAxis: [{type: 'value'}, {type: 'value', axisLabel: {formatter: '{value}%'}}],
      series: series
    });
  }

  // Indicator page: the districts ranked by growth, coloured by warning.
  function rankingChart() {
    var el = document.getElementById('ranking-chart');
    if (!el || !window.echarts) {
      return;
    }
    var lines = (parse(el, 'data-ranking') || []).filter(function (r) { return r.growth !== null; });
    var labels = parse(el, 'data-labels') || {};
    lines.reverse();
    echarts.init(el).setOption({
      tooltip: {},
      grid: {left: 70, right: 40, top: 10, bottom: 30},
      xAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
      yAxis: {type: 'category', data: lines.map(function (r) { return r.rank + '. ' + r.regionName; })},
      series: [{type: 'bar', name: labels.growth, label: {show: true, position: 'right', formatter: '{c}%'},
        data: lines.map(function (r) { return {value: num(r.growth), itemStyle: {color: COLORS[r.warning] || COLORS.NONE}}; })}]
    });
  }

  // Imports: show the progress bar while the file uploads and is checked.
  function importProgress() {
    var form = document.getElementById('import-form');
    if (!form) {
      return;
    }
    form.addEventListener('submit', function () {
      document.getElementById(form.getAttribute('data-progress')).classList.remove('d-none');
      document.getElementById('import-submit').disabled = true;
    });
  }

  // Brief: fetch the .docx in the page, showing download progress, then save it.
  function briefDownload() {
    var form = document.getElementById('brief-form');
    if (!form) {
      return;
    }
    var box = document.getElementById(form.getAttribute('data-brief-progress'));
    var bar = document.getElementById('brief-progress-bar');
    var status = document.getElementById('brief-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = new URLSearchParams(new FormData(form)).toString();
      var xhr = new XMLHttpRequest();
      xhr.open('GET', form.getAttribute('action') + '?' + query);
      xhr.responseType = 'blob';
      box.classList.remove('d-none');
      bar.style.width = '10%';
      status.textContent = '';
      xhr.onprogress = function (e) {
        if (e.lengthComputable) {
          bar.style.width = Math.max(10, Math.round(e.loaded * 100 / e.total)) + '%';
        }
      };
      xhr.onload = function () {
        if (xhr.status !== 200) {
          bar.classList.add('bg-danger');
          status.textContent = form.getAttribute('data-error');
          return;
        }
        bar.style.width = '100%';
        var name = 'brief.docx';
        var disposition = xhr.getResponseHeader('Content-Disposition') || '';
        var match = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
        if (match) {
          name = decodeURIComponent(match[1]);
        }
        var link = document.createElement('a');
        link.href = URL.createObjectURL(xhr.response);
        link.download = name;
        link.id = 'brief-file';
        document.body.appendChild(link);
        link.click();
        status.textContent = form.getAttribute('data-done') + ' ' + name;
      };
      xhr.onerror = function () {
        status.textContent = form.getAttribute('data-error');
      };
      xhr.send();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    overviewCharts();
    trendChart();
    rankingChart();
    importProgress();
    briefDownload();
  });
})();
