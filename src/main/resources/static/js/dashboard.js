// Draws the dashboard's two charts from the figures the page carries as JSON (no inline script: CSP).
(function () {
    'use strict';
    var numbers = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 2});

    function povertyChart(element, charts) {
        var rates = charts.povertyRates;
        echarts.init(element).setOption({
            tooltip: {trigger: 'axis', valueFormatter: function (v) { return numbers.format(v) + ' %'; }},
            // Room on the left for the first commune's slanted name ("Cam Tuyền Commune" on an English page).
            grid: {left: 60, right: 16, top: 24, bottom: 8, containLabel: true},
            xAxis: {type: 'category', data: rates.map(function (r) { return r.name; }), axisLabel: {rotate: 40}},
            yAxis: {type: 'value', axisLabel: {formatter: function (v) { return numbers.format(v); }}},
            series: [{name: element.dataset.rateLabel, type: 'bar', data: rates.map(function (r) { return r.rate; }),
                label: {show: true, position: 'top', formatter: function (p) { return numbers.format(p.value); }}}]
        });
    }

    function trendChart(element, charts) {
        var series = charts.trend.series;
        echarts.init(element).setOption({
            tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '' : numbers.format(v); }},
            // The legend above the plot, scrolling on one line when narrow: below, wrapped, it covered the months.
            legend: {top: 0, type: 'scroll'},
            grid: {left: 8, right: 16, top: 40, bottom: 8, containLabel: true},
            xAxis: {type: 'category', data: element.dataset.months.split(',')},
            yAxis: {type: 'value', axisLabel: {formatter: function (v) { return numbers.format(v); }}},
            series: series.map(function (s) {
                return {name: s.name, type: 'line', data: s.cumulative, connectNulls: false};
            })
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var poverty = document.getElementById('poverty-chart');
        var trend = document.getElementById('trend-chart');
        if (!poverty || typeof echarts === 'undefined') {
            return;
        }
        var charts = JSON.parse(poverty.dataset.charts);
        povertyChart(poverty, charts);
        trendChart(trend, charts);
        poverty.dataset.drawn = 'true';
        window.addEventListener('resize', function () {
            [poverty, trend].forEach(function (e) { echarts.getInstanceByDom(e).resize(); });
        });
    });
})();
