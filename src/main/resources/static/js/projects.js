// Key-project charts (ECharts) and the monthly report form. Data come from data-* attributes; no inline script.
(function () {
  'use strict';

  function chart(el, option) {
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var instance = echarts.init(el);
    instance.setOption(option);
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { instance.resize(); });
  }

  function progressChart(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    chart(el, {
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.labelMonthly, el.dataset.labelYtd, el.dataset.labelPlan] },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: document.body.dataset.unitWan || '' },
      series: [
        { name: el.dataset.labelMonthly, type: 'bar', data: data.monthly },
        { name: el.dataset.labelYtd, type: 'line', data: data.ytd },
        { name: el.dataset.labelPlan, type: 'line', lineStyle: { type: 'dashed' }, data: data.plan }
      ]
    });
  }

  function dashboardCharts(holder) {
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var labels = holder.dataset;
    chart(document.getElementById('chart-pipeline'), {
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.labelCount, labels.labelInvestment] },
      xAxis: { type: 'category', data: data.pipeline.map(function (s) { return s.stageName; }) },
      yAxis: [{ type: 'value' }, { type: 'value' }],
      series: [
        { name: labels.labelCount, type: 'bar', data: data.pipeline.map(function (s) { return s.count; }) },
        { name: labels.labelInvestment, type: 'line', yAxisIndex: 1,
          data: data.pipeline.map(function (s) { return (s.totalInvestment / 10000).toFixed(2); }) }
      ]
    });
    chart(document.getElementById('chart-months'), {
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.labelCompletion, labels.labelTime] },
      xAxis: { type: 'category', data: data.months.map(function (m) { return (document.body.dataset.monthSuffix || '{0}').replace('{0}', m.month); }) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        { name: labels.labelCompletion, type: 'line', data: data.months.map(function (m) { return m.percent; }) },
        { name: labels.labelTime, type: 'line', lineStyle: { type: 'dashed' }, data: data.months.map(function (m) { return m.timeProgress; }) }
      ]
    });
    chart(document.getElementById('chart-regions'), {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.regions.map(function (r) { return r.name; }) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', data: data.regions.map(function (r) { return r.percent; }) }]
    });
    chart(document.getElementById('chart-industries'), {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['35%', '65%'],
        data: data.industries.map(function (i) { return { name: i.name, value: (i.totalInvestment / 10000).toFixed(2) }; }) }]
    });
  }

  // The report form offers only the months open for the chosen project.
  function reportForm() {
    var project = document.getElementById('code');
    var month = document.getElementById('month');
    if (!project || !month || !document.getElementById('report-form')) {
      return;
    }
    var sync = function () {
      var first = null;
      Array.prototype.forEach.call(month.options, function (option) {
        var mine = option.getAttribute('data-project') === project.value;
        option.hidden = !mine;
        option.disabled = !mine;
        if (mine && first === null) { first = option; }
      });
      if (month.selectedOptions.length === 0 || month.selectedOptions[0].disabled) {
        if (first) { first.selected = true; }
      }
    };
    project.addEventListener('change', sync);
    sync();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart-type="progress"]').forEach(progressChart);
    var holder = document.getElementById('dashboard-data');
    if (holder) {
      dashboardCharts(holder);
    }
    reportForm();
  });
})();
