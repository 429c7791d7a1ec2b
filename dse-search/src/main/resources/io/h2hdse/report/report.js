/* The report page: reads the embedded results and draws every table and chart from them, again on each filter change.
   It draws the charts in view at once and the others when the browser is idle (or as soon as they are scrolled into
   view), so that the page is seen and answers early; a chart is set again only when what it shows has changed; one
   point's details are parsed only when that point is shown. window.reportTimings, in ms since navigation start: when
   the first screen was shown (firstScreen) and every chart drawn (drawn), and what each part of that took (phases). */
(function () {
  'use strict';
  const T = window.reportTimings || { scripts: performance.now(), phases: {} };
  let clock = performance.now();
  T.phases.html = T.scripts;
  T.phases['echarts and page text'] = clock - T.scripts;
  /** Adds the time since the last lap to phase `name`, while the first drawing lasts. */
  function lap(name) {
    if (T.drawn !== undefined) return;
    const now = performance.now();
    T.phases[name] = (T.phases[name] || 0) + now - clock;
    clock = now;
  }
  const D = JSON.parse(document.getElementById('report-data').textContent);
  lap('data');
  const J = D.jobs;
  const JOBS = J.id.length;
  const M = J.metrics;
  const H2H = 'h2h';
  const BASELINE = 'baseline';
  const LOWER_BOUND = 'latency_lower_bound_s';
  const GAP = 'latency_gap';
  const BRANCH_PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  const TRANSFER_COLORS = { activation: '#6b5bd6', weights: '#c0504d', input: '#3c9d73', output: '#d9962b' };
  const GRID_COLUMNS = D.pointColumns.filter(c => c !== 'model' && c !== 'system');
  const FILTER_COLUMNS = D.pointColumns.concat(['solver', 'seed']);
  const filters = {};
  const charts = {};
  let detail = null;
  const pointDetails = {};
  const pointLoads = {};

  /**
   * Unpacks point p's details (JSON, gzipped, base64: a fifth of the text for the browser to read at opening) the first
   * time the point is shown; resolves once pointData(p) has them.
   */
  function loadPoint(p) {
    if (p < 0) return Promise.resolve();
    if (!pointLoads[p]) {
      const text = atob(document.getElementById('point-' + p).textContent);
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      pointLoads[p] = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json()
        .then(data => { pointDetails[p] = data; });
    }
    return pointLoads[p];
  }

  /** The fronts, traces, mappings and schedules of point p's jobs (once loadPoint(p) has resolved). */
  function pointData(p) {
    return pointDetails[p];
  }

  const solverOf = j => D.solvers[J.solver[j]];
  const COLUMN_AT = Object.fromEntries(D.pointColumns.map((c, i) => [c, i]));
  const cellOf = (j, column) => column === 'solver' ? solverOf(j) : column === 'seed' ? J.seed[j]
    : D.points[J.point[j]].cells[COLUMN_AT[column]];
  const metric = (column, j) => M[column] ? M[column][j] : null;
  const hasBound = D.metricColumns.includes(LOWER_BOUND);

  /** The solver's colour, as the static figures of dse plot draw it too (io.h2hdse.sweep.SolverPalette). */
  function solverColor(solver) {
    return D.colours[solver] || '#777';
  }

  function fmt(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const abs = Math.abs(value);
    if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) return value.toExponential((digits || 4) - 1);
    return String(Number(value.toPrecision(digits || 4)));
  }

  function compareCells(a, b) {
    const x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function median(values) {
    const v = values.filter(x => x !== null && !Number.isNaN(x)).sort((a, b) => a - b);
    if (v.length === 0) return null;
    const n = v.length;
    return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  function quantile(sorted, q) {
    const at = (sorted.length - 1) * q, lo = Math.floor(at), hi = Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  const DETERMINISTIC = new Set(D.deterministic);

  /** The jobs passing every filter but the one on `ignored`; a deterministic solver's jobs (seed 0) pass every seed filter. */
  function filteredJobs(ignored) {
    const active = FILTER_COLUMNS.filter(c => c !== ignored && filters[c] !== '');
    const jobs = [];
    next: for (let j = 0; j < JOBS; j++) {
      for (const column of active) {
        if (column === 'seed' && DETERMINISTIC.has(solverOf(j))) continue;
        if (cellOf(j, column) !== filters[column]) continue next;
      }
      jobs.push(j);
    }
    return jobs;
  }

  // ---- the one aggregation: the rule of the Java class io.h2hdse.sweep.Comparison (the browser test checks they agree) ----
  const NO_BUDGET = 'none';

  /**
   * One cell per solver and point (point = model × system point × budget; a budget-free job counts at every budget of its
   * point): its jobs there (one per seed), the median over them of latency, energy, their ratios to H2H and the distance
   * to the bound, and the lowest and highest ratio.
   */
  function cellsOf(jobs) {
    const budgets = {};
    jobs.forEach(j => {
      const own = budgets[J.point[j]] = budgets[J.point[j]] || new Set();
      if (J.budget[j] !== NO_BUDGET) own.add(J.budget[j]);
    });
    const groups = new Map();
    jobs.forEach(j => {
      const p = J.point[j];
      const at = J.budget[j] !== NO_BUDGET ? [J.budget[j]] : budgets[p].size ? Array.from(budgets[p]) : [NO_BUDGET];
      at.forEach(b => {
        const key = p + '\u0000' + b;
        if (!groups.has(key)) groups.set(key, { point: p, budget: b, bySolver: new Map() });
        const bySolver = groups.get(key).bySolver;
        if (!bySolver.has(solverOf(j))) bySolver.set(solverOf(j), []);
        bySolver.get(solverOf(j)).push(j);
      });
    });
    const cells = [];
    groups.forEach((g, key) => g.bySolver.forEach((own, solver) => {
      const ratios = own.map(j => M.latency_vs_h2h[j]);
      cells.push({ key: key, point: g.point, budget: g.budget, solver: solver, seeds: own.length,
        latency: median(own.map(j => M.latency_s[j])), energy: median(own.map(j => M.energy_j[j])),
        ratio: median(ratios), energyRatio: median(own.map(j => M.energy_vs_h2h[j])),
        ratioMin: Math.min.apply(null, ratios), ratioMax: Math.max.apply(null, ratios), gap: median(own.map(gapOf)) });
    }));
    return { cells: cells, points: groups.size, solvers: new Set(cells.map(c => c.solver)).size };
  }

  /** The keys of the points where every solver of `aggregate` has a cell. */
  function commonPoints(aggregate) {
    const count = new Map();
    aggregate.cells.forEach(c => count.set(c.key, (count.get(c.key) || 0) + 1));
    return new Set(Array.from(count.keys()).filter(k => count.get(k) === aggregate.solvers));
  }

  /** exp(mean(log v)) over the values that are numbers; null if none is. */
  function geomean(values) {
    const v = values.filter(x => x !== null && x !== undefined && !Number.isNaN(x));
    return v.length ? Math.exp(v.reduce((sum, x) => sum + Math.log(x), 0) / v.length) : null;
  }

  /** The point the point-level charts show: the first whose cells pass the filters. */
  function selectedPoint() {
    return D.points.findIndex(p => D.pointColumns.every((c, i) => filters[c] === '' || p.cells[i] === filters[c]));
  }

  function pointTitle(p) {
    return D.pointColumns.map((c, i) => D.points[p].cells[i] === '' ? null : c + ' ' + D.points[p].cells[i]).filter(x => x).join(', ');
  }

  function h2hJob(p) {
    const [first, end] = D.points[p].jobs;
    for (let j = first; j < end; j++) if (solverOf(j) === H2H) return j;
    return -1;
  }

  /**
   * A tooltip's content as DOM nodes, so that names stay text (a name is data, never markup): one line per entry of
   * `lines`, each a list of parts, a part being a string or { bold: string }.
   */
  function tooltip(lines) {
    const box = document.createElement('div');
    lines.forEach((parts, n) => {
      if (n > 0) box.appendChild(document.createElement('br'));
      parts.forEach(part => {
        if (typeof part === 'string') {
          box.appendChild(document.createTextNode(part));
        } else {
          const bold = document.createElement('b');
          bold.textContent = part.bold;
          box.appendChild(bold);
        }
      });
    });
    return box;
  }

  /** A small square of colour before a name in a table. */
  function swatch(color) {
    const span = document.createElement('span');
    span.className = 'swatch';
    span.style.background = color;
    return span;
  }

  function chart(id) {
    const element = document.getElementById(id);
    if (!charts[id]) charts[id] = echarts.init(element, null, { renderer: 'canvas' });
    return charts[id];
  }

  const shown = {};
  /** Sets chart `id` to option() unless it shows `key` (what the option shows, as text) already. */
  function draw(id, key, option) {
    if (shown[id] === key) return;
    shown[id] = key;
    chart(id).setOption(option(), { notMerge: true });
  }

  /** Empties chart `id`. */
  function clear(id) {
    shown[id] = undefined;
    chart(id).clear();
  }

  // ---- filters ----
  function buildFilters() {
    const box = document.getElementById('filters');
    for (const column of FILTER_COLUMNS) {
      const values = new Set();
      for (let j = 0; j < JOBS; j++) values.add(cellOf(j, column));
      const sorted = Array.from(values).sort(compareCells);
      filters[column] = '';
      const label = document.createElement('label');
      label.textContent = column.replace(/_/g, ' ');
      const select = document.createElement('select');
      select.id = 'filter-' + column;
      select.dataset.column = column;
      select.add(new Option('all (' + sorted.length + ')', ''));
      sorted.forEach(v => select.add(new Option(v === '' ? '(not set)' : v, v)));
      select.addEventListener('change', () => { filters[column] = select.value; render(); });
      label.appendChild(select);
      box.appendChild(label);
    }
  }

  // ---- comparison table ----
  let sortColumn = 10;
  let sortDescending = false;

  const COMPARISON_HEADINGS = ['solver', 'points', 'latency ÷ H2H, geomean', 'min', 'max', 'energy ÷ H2H, geomean', 'seeds',
    'best seed, geomean', 'worst seed, geomean', 'wins', 'latency ÷ H2H over common points, geomean', 'latency ÷ lower bound, geomean',
    'solver time (s), median of jobs', 'evaluations/s, median of jobs'];
  const DESCENDING_FIRST = new Set([1, 9]);

  /** One row per solver, in COMPARISON_HEADINGS' order; and the number of points and of common points. */
  function comparisonRows(jobs) {
    const aggregate = cellsOf(jobs);
    const common = commonPoints(aggregate);
    const fastest = new Map();
    aggregate.cells.filter(c => common.has(c.key)).forEach(c => fastest.set(c.key, Math.min(fastest.has(c.key) ? fastest.get(c.key) : Infinity, c.latency)));
    const bySolver = new Map();
    aggregate.cells.forEach(c => { if (!bySolver.has(c.solver)) bySolver.set(c.solver, []); bySolver.get(c.solver).push(c); });
    const jobsOf = {};
    jobs.forEach(j => (jobsOf[solverOf(j)] = jobsOf[solverOf(j)] || []).push(j));
    const rows = Array.from(bySolver.keys()).map(solver => {
      const own = bySolver.get(solver), shared = own.filter(c => common.has(c.key)), ratios = own.map(c => c.ratio);
      return [solver, own.length, geomean(ratios), Math.min.apply(null, ratios), Math.max.apply(null, ratios), geomean(own.map(c => c.energyRatio)),
        Math.max.apply(null, own.map(c => c.seeds)), geomean(own.map(c => c.ratioMin)), geomean(own.map(c => c.ratioMax)),
        shared.filter(c => c.latency === fastest.get(c.key)).length, geomean(shared.map(c => c.ratio)), geomean(own.map(c => c.gap)),
        median(jobsOf[solver].map(j => metric('solver_time_s', j))), median(jobsOf[solver].map(j => metric('evals_per_s', j)))];
    });
    return { rows: rows, points: aggregate.points, common: common.size };
  }

  function renderComparison(jobs) {
    const comparison = comparisonRows(jobs);
    const rows = comparison.rows;
    document.getElementById('comparison-note').textContent = comparison.points + ' points (model × system point × budget) match the filters; '
      + comparison.common + ' of them are common to all ' + rows.length + ' solvers shown: wins and the ranking column count only those.';
    rows.sort((a, b) => {
      const x = a[sortColumn], y = b[sortColumn];
      const order = typeof x === 'string' ? String(x).localeCompare(y) : (x === null ? -Infinity : x) - (y === null ? -Infinity : y);
      return sortDescending ? -order : order;
    });
    const table = document.getElementById('comparison');
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    COMPARISON_HEADINGS.forEach((h, i) => {
      const th = document.createElement('th');
      th.textContent = i === 9 ? 'wins (of ' + comparison.common + ' common points)' : h;
      if (i === sortColumn) th.className = sortDescending ? 'sorted-desc' : 'sorted-asc';
      th.addEventListener('click', () => {
        sortDescending = i === sortColumn ? !sortDescending : DESCENDING_FIRST.has(i);
        sortColumn = i;
        renderComparison(filteredJobs());
      });
      head.appendChild(th);
    });
    const body = table.createTBody();
    rows.forEach(r => {
      const tr = body.insertRow();
      r.forEach((v, i) => {
        const td = tr.insertCell();
        if (i === 0) {
          td.appendChild(swatch(solverColor(v)));
          td.appendChild(document.createTextNode(v));
        } else {
          td.textContent = i === 13 ? thousands(v) : i === 1 || i === 6 || i === 9 ? String(v) : fmt(v);
        }
      });
    });
  }

  /** A count with thousands separated by commas (not toLocaleString: setting up a locale costs tens of ms at opening). */
  function thousands(value) {
    return value === null ? '–' : String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  // ---- solver benchmarking: performance profile and a paired test ----
  /**
   * Dolan–Moré performance profile over the common points: at each, a solver's latency (median over its seeds) ÷ the
   * lowest of any solver there; a solver's curve is the fraction of points where that ratio is at most τ.
   */
  function profileOf(jobs) {
    const aggregate = cellsOf(jobs);
    const common = commonPoints(aggregate);
    const shared = aggregate.cells.filter(c => common.has(c.key));
    const best = new Map();
    shared.forEach(c => best.set(c.key, Math.min(best.has(c.key) ? best.get(c.key) : Infinity, c.latency)));
    const ratios = {};
    shared.forEach(c => (ratios[c.solver] = ratios[c.solver] || []).push(c.latency / best.get(c.key)));
    Object.values(ratios).forEach(r => r.sort((a, b) => a - b));
    return { ratios: ratios, points: common.size };
  }

  function renderProfile(jobs) {
    const profile = profileOf(jobs);
    const solvers = D.solvers.filter(s => profile.ratios[s]);
    document.getElementById('profile-note').textContent = 'Over the ' + profile.points + ' points matching the filters where every '
      + 'solver shown ran: for each solver, the fraction of points where its latency (median over its seeds) is within a factor τ '
      + 'of the best solver\'s there. At τ = 1, how often it is the best; where a curve reaches 1, the worst it does; higher and '
      + 'further left is better (Dolan and Moré, 2002).';
    const top = Math.max(1.01, ...solvers.flatMap(s => profile.ratios[s])) * 1.05;
    const series = solvers.map(solver => {
      const r = profile.ratios[solver], n = r.length, data = [[1, r.filter(v => v <= 1).length / n]];
      r.forEach((v, k) => { if (v > 1) data.push([v, (k + 1) / n]); });
      data.push([top, 1]);
      return { name: solver, type: 'line', step: 'end', showSymbol: false, data: data, itemStyle: { color: solverColor(solver) } };
    });
    draw('profile', JSON.stringify(series.map(s => [s.name, s.data])), () => ({
      animation: false,
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 70, right: 30, top: 20, bottom: 70 },
      tooltip: { trigger: 'item', formatter: item => echarts.format.encodeHTML(item.seriesName) + ': within ' + fmt(item.data[0], 3)
        + ' × the best at ' + fmt(item.data[1] * 100, 3) + ' % of the points' },
      xAxis: { type: 'log', min: 1, max: top, name: 'τ (latency ÷ the best at the point, log scale)', nameLocation: 'middle', nameGap: 28,
        axisLabel: { formatter: v => fmt(v, 3) } },
      yAxis: { type: 'value', min: 0, max: 1, name: 'fraction of points', nameLocation: 'middle', nameGap: 45 },
      series: series
    }));
  }

  /** The standard normal distribution function (erfc by W. J. Cody's rational approximations, relative error below 1e-9). */
  function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
  }

  function erfc(x) {
    const z = Math.abs(x), t = 1 / (1 + 0.5 * z);
    // Numerical Recipes' erfcc (fractional error below 1.2e-7 everywhere).
    const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
      + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  /**
   * Wilcoxon signed-rank test of differences d (zeros dropped), two-sided: exact for up to 50 differences without ties
   * (the count of sign assignments whose rank sum is as extreme), else the normal approximation with the tie correction
   * (as scipy.stats.wilcoxon with method 'exact' and 'approx').
   */
  function wilcoxon(d) {
    const x = d.filter(v => v !== 0), n = x.length;
    if (n === 0) return { n: 0, p: null };
    const order = x.map((v, i) => i).sort((a, b) => Math.abs(x[a]) - Math.abs(x[b]));
    const ranks = new Array(n);
    let tieTerm = 0;
    for (let i = 0; i < n;) {
      let j = i;
      while (j + 1 < n && Math.abs(x[order[j + 1]]) === Math.abs(x[order[i]])) j++;
      for (let k = i; k <= j; k++) ranks[order[k]] = (i + j + 2) / 2;
      const t = j - i + 1;
      tieTerm += t * t * t - t;
      i = j + 1;
    }
    const plus = x.reduce((sum, v, i) => sum + (v > 0 ? ranks[i] : 0), 0);
    const w = Math.min(plus, n * (n + 1) / 2 - plus);
    if (n <= 50 && tieTerm === 0) {
      const max = n * (n + 1) / 2, counts = new Array(max + 1).fill(0);
      counts[0] = 1;
      for (let r = 1; r <= n; r++) for (let s = max; s >= r; s--) counts[s] += counts[s - r];
      let tail = 0;
      for (let s = 0; s <= w; s++) tail += counts[s];
      return { n: n, plus: plus, p: Math.min(1, 2 * tail / Math.pow(2, n)) };
    }
    const mean = n * (n + 1) / 4, sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - tieTerm / 48);
    return { n: n, plus: plus, p: Math.min(1, 2 * normalCdf(-Math.abs((w - mean) / sd))) };
  }

  const pair = {};

  function buildPairChoice() {
    const box = document.getElementById('pair-choice');
    const searchers = D.solvers.filter(s => s !== H2H && s !== BASELINE);
    [['a', searchers[0] || D.solvers[0]], ['b', D.solvers.includes(H2H) ? H2H : D.solvers[1] || D.solvers[0]]].forEach(([side, chosen]) => {
      const label = document.createElement('label');
      label.textContent = 'solver ' + side.toUpperCase() + ' ';
      const select = document.createElement('select');
      select.id = 'pair-' + side;
      D.solvers.forEach(s => select.add(new Option(s, s)));
      select.value = chosen;
      pair[side] = chosen;
      select.addEventListener('change', () => { pair[side] = select.value; renderPair(filteredJobs()); });
      label.appendChild(select);
      box.appendChild(label);
    });
  }

  /** Where each of the two chosen solvers is faster (medians over seeds), over the points both ran, and the test's p-value. */
  function renderPair(jobs) {
    const cells = cellsOf(jobs).cells, byKey = {};
    cells.forEach(c => { if (c.solver === pair.a || c.solver === pair.b) (byKey[c.key] = byKey[c.key] || {})[c.solver === pair.a ? 'a' : 'b'] = c; });
    const both = Object.values(byKey).filter(v => v.a && v.b && pair.a !== pair.b);
    const d = both.map(v => Math.log(v.a.latency / v.b.latency));
    const test = wilcoxon(d);
    const aWins = d.filter(v => v < 0).length, bWins = d.filter(v => v > 0).length;
    document.getElementById('pair-note').textContent = pair.a === pair.b ? 'Choose two different solvers.'
      : both.length + ' points where both ran: ' + pair.a + ' faster at ' + aWins + ', ' + pair.b + ' at ' + bWins + ', equal at '
        + (both.length - aWins - bWins) + '. Wilcoxon signed-rank test of log(latency ' + pair.a + ' ÷ latency ' + pair.b + ') over them: '
        + (test.p === null ? 'no difference to test.' : 'p = ' + fmt(test.p, 3) + ' (two-sided, n = ' + test.n + '; below 0.05: the two '
        + 'differ more consistently than chance would make them).') + ' Each dot is a point, its latency ÷ H2H for both solvers; below '
        + 'the diagonal ' + pair.b + ' is faster.';
    const data = both.map(v => [v.a.ratio, v.b.ratio, pointTitle(v.a.point) + (v.a.budget !== NO_BUDGET ? ', ' + v.a.budget : '')]);
    const values = data.flatMap(v => [v[0], v[1]]);
    const low = Math.min(...values, 1), high = Math.max(...values, 1);
    draw('pair', JSON.stringify([pair.a, pair.b, data]), () => ({
      animation: false,
      grid: { left: 70, right: 30, top: 20, bottom: 50 },
      tooltip: { trigger: 'item', formatter: item => Array.isArray(item.data) && item.data.length > 2 ? echarts.format.encodeHTML(item.data[2])
        + '<br>' + echarts.format.encodeHTML(pair.a) + ' ' + fmt(item.data[0]) + ', ' + echarts.format.encodeHTML(pair.b) + ' ' + fmt(item.data[1]) + ' × H2H' : '' },
      xAxis: { type: 'value', name: pair.a + ': latency ÷ H2H', nameLocation: 'middle', nameGap: 28, scale: true, axisLabel: { formatter: v => fmt(v, 3) } },
      yAxis: { type: 'value', name: pair.b + ': latency ÷ H2H', nameLocation: 'middle', nameGap: 50, scale: true, axisLabel: { formatter: v => fmt(v, 3) } },
      series: [{ type: 'scatter', data: data, symbolSize: 8, itemStyle: { color: solverColor(pair.a) } },
        { type: 'line', data: [[low, low], [high, high]], showSymbol: false, silent: true, lineStyle: { color: '#999', type: 'dashed' } }]
    }));
  }

  // ---- Pareto front of the selected point ----
  function gapOf(j) {
    const g = metric(GAP, j);
    if (g !== null && g !== undefined) return g;
    const bound = metric(LOWER_BOUND, j);
    return bound ? M.latency_s[j] / bound : null;
  }

  function frontOf(j) {
    const flat = pointData(J.point[j]).fronts[j], points = [];
    for (let i = 0; i < flat.length; i += 2) points.push([flat[i], flat[i + 1]]);
    return points;
  }

  function nonDominated(points) {
    const sorted = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const front = [];
    let lowest = Infinity;
    sorted.forEach(pt => { if (pt[1] < lowest) { front.push(pt); lowest = pt[1]; } });
    return front;
  }

  function renderPareto(p, jobs) {
    const title = document.getElementById('pareto-point');
    if (p < 0) {
      title.textContent = 'No point matches the filters.';
      clear('pareto');
      return;
    }
    const here = jobs.filter(j => J.point[j] === p);
    const h2h = h2hJob(p);
    // Without an h2h job (a solve of another solver) H2H's point still follows from every job's ratios to it.
    const ratioJob = here.find(j => M.latency_vs_h2h[j] && M.energy_vs_h2h[j]);
    const reference = h2h >= 0 ? frontOf(h2h)[0]
      : ratioJob !== undefined ? [M.latency_s[ratioJob] / M.latency_vs_h2h[ratioJob], M.energy_j[ratioJob] / M.energy_vs_h2h[ratioJob]] : null;
    title.textContent = 'Point: ' + pointTitle(p) + '. Latency against energy of every mapping on each job\'s Pareto set; '
      + 'hover for details, click for the mapping (schedules are kept for the points on the front of all jobs, and for H2H).';
    const bySolver = {};
    const all = [];
    here.forEach(j => frontOf(j).forEach((pt, i) => {
      (bySolver[solverOf(j)] = bySolver[solverOf(j)] || []).push([pt[0] * 1e3, pt[1], j, i]);
      all.push([pt[0] * 1e3, pt[1]]);
    }));
    const series = Object.keys(bySolver).sort().map(solver => ({
      id: 'solver-' + solver, name: solver, type: 'scatter', data: bySolver[solver],
      symbol: solver === H2H ? 'diamond' : solver === BASELINE ? 'rect' : 'circle',
      symbolSize: solver === H2H ? 18 : solver === BASELINE ? 13 : 9,
      itemStyle: { color: solverColor(solver), opacity: solver === H2H || solver === BASELINE ? 1 : 0.8, borderColor: '#fff', borderWidth: 0.5 },
      z: solver === H2H ? 5 : 3,
      emphasis: { scale: 1.6 }
    }));
    if (h2h < 0 && reference) {
      series.push({ id: 'h2h-reference', name: 'H2H (from the ratios)', type: 'scatter', data: [[reference[0] * 1e3, reference[1]]],
        symbol: 'diamond', symbolSize: 18, itemStyle: { color: '#111', borderColor: '#fff', borderWidth: 0.5 }, z: 5, silent: true });
    }
    series.push({ id: 'front', name: 'front of the shown points', type: 'line', step: 'end', data: nonDominated(all), symbol: 'none',
      itemStyle: { color: '#777' }, lineStyle: { color: '#777', type: 'dashed', width: 1 }, silent: true, z: 1 });
    const bound = D.points[p].lowerBound;
    if (bound) {
      series.push({ id: 'bound', name: 'latency lower bound', type: 'line', data: [], markLine: { silent: true, symbol: 'none',
        label: { formatter: 'lower bound ' + fmt(bound * 1e3) + ' ms', position: 'insideEndTop' },
        lineStyle: { color: '#d64550', type: 'dotted', width: 2 }, data: [{ xAxis: bound * 1e3 }] } });
    }
    draw('pareto', p + ':' + here.join(','), () => ({
      animation: false,
      legend: { top: 0, type: 'scroll' },
      grid: { left: 70, right: 40, top: 40, bottom: 64 },
      tooltip: { trigger: 'item', formatter: item => paretoTooltip(item.data, reference) },
      // The bound a little inside the plot, not on its edge; ticks to three significant digits.
      xAxis: { type: 'value', name: 'latency (ms)', nameLocation: 'middle', nameGap: 30, scale: true,
        min: bound ? v => { const low = Math.min(v.min, bound * 1e3); return low - 0.04 * (v.max - low); } : null,
        axisLabel: { formatter: v => fmt(v, 3) } },
      yAxis: { type: 'value', name: 'energy (J)', nameLocation: 'middle', nameGap: 55, scale: true, axisLabel: { formatter: v => fmt(v, 3) } },
      // Zoom with the wheel, the sliders or a drawn box (the baseline can stretch the axes far beyond the front).
      toolbox: { right: 10, feature: { dataZoom: { title: { zoom: 'zoom to a box', back: 'undo zoom' } }, restore: { title: 'reset' } } },
      dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }, { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
        { type: 'slider', xAxisIndex: 0, height: 14, bottom: 4, filterMode: 'none' }, { type: 'slider', yAxisIndex: 0, width: 14, right: 4, filterMode: 'none' }],
      series: series
    }));
  }

  function paretoTooltip(d, reference) {
    if (!Array.isArray(d) || d.length < 4) return '';
    const j = d[2], i = d[3];
    const lines = [[{ bold: solverOf(j) }, ', seed ' + J.seed[j] + (J.budget[j] !== 'none' ? ', budget ' + J.budget[j] : '')],
      ['latency ' + fmt(d[0]) + ' ms, energy ' + fmt(d[1]) + ' J']];
    if (reference) lines.push(['÷ H2H: latency ' + fmt(d[0] / 1e3 / reference[0]) + ', energy ' + fmt(d[1] / reference[1])]);
    const bound = D.points[J.point[j]].lowerBound;
    if (bound) lines.push(['latency ÷ lower bound ' + fmt(d[0] / 1e3 / bound)]);
    lines.push([i === 0 ? 'the job\'s reported mapping' : 'mapping ' + i + ' of the job\'s Pareto set']);
    const kept = pointData(J.point[j]);
    lines.push([kept.schedules[j] && i === 0 ? 'click: mapping and Gantt chart' : kept.mappings[j + '/' + i] ? 'click: mapping' : 'mapping not kept in the report']);
    return tooltip(lines);
  }

  // ---- mapping and Gantt chart ----
  function showDetail(j, i) {
    detail = [j, i];
    const p = J.point[j];
    const layers = D.layerSets[D.points[p].layers];
    const accelerators = D.acceleratorSets[D.points[p].accelerators];
    const mapping = pointData(p).mappings[j + '/' + i];
    const schedule = i === 0 ? pointData(p).schedules[j] : undefined;
    const pt = frontOf(j)[i];
    document.getElementById('detail-title').textContent = solverOf(j) + ', seed ' + J.seed[j] + ' at ' + pointTitle(p) + ': latency '
      + fmt(pt[0] * 1e3) + ' ms, energy ' + fmt(pt[1]) + ' J. '
      + (!mapping ? 'This mapping is not kept in the report (only each job\'s reported mapping and the points on the front of all jobs are).'
        : schedule ? '' : 'Its schedule is not kept in the report (only for the points on the front of all jobs and H2H); the mapping is below.');
    const gantt = document.getElementById('gantt');
    gantt.classList.toggle('hidden', !schedule);
    if (schedule) renderGantt(layers, accelerators, schedule);
    renderMappingTable(layers, accelerators, mapping, schedule);
  }

  function branchesOf(layers) {
    const names = layers.branches && layers.branches.length === layers.names.length ? layers.branches : layers.names.map(() => '');
    return names.map(b => b === '' ? '(no branch)' : b);
  }

  function renderGantt(layers, accelerators, schedule) {
    const tick = schedule.tickS * 1e3;
    const rows = [];
    accelerators.forEach(a => { rows.push(a); rows.push(a + ' link'); });
    const branches = branchesOf(layers);
    const branchNames = Array.from(new Set(branches));
    const mapping = pointData(J.point[detail[0]]).mappings[detail[0] + '/0'];
    const series = branchNames.map((b, k) => ({
      id: 'layer-' + k, name: b, type: 'custom', renderItem: bar(0.62, 3), encode: { x: [1, 2], y: 0 },
      itemStyle: { color: BRANCH_PALETTE[k % BRANCH_PALETTE.length] },
      data: layers.names.map((name, l) => branches[l] === b ? [2 * mapping[l], schedule.slots[2 * l] * tick, schedule.slots[2 * l + 1] * tick, name, accelerators[mapping[l]]] : null)
        .filter(x => x)
    }));
    const byKind = {};
    const t = schedule.transfers;
    for (let k = 0; k < t.length; k += 7) {
      const kind = D.transferKinds[t[k]];
      [t[k + 2], t[k + 3]].filter(a => a >= 0).forEach(a => (byKind[kind] = byKind[kind] || []).push([2 * a + 1, t[k + 4] * tick, t[k + 5] * tick,
        t[k + 1] >= 0 ? layers.names[t[k + 1]] : '?', (t[k + 2] >= 0 ? accelerators[t[k + 2]] : 'host') + ' → ' + (t[k + 3] >= 0 ? accelerators[t[k + 3]] : 'host'),
        t[k + 6]]));
    }
    Object.keys(byKind).sort().forEach(kind => series.push({
      id: 'transfer-' + kind, name: 'transfer: ' + kind, type: 'custom', renderItem: bar(0.42), encode: { x: [1, 2], y: 0 },
      itemStyle: { color: TRANSFER_COLORS[kind] || '#777', opacity: 0.75 }, data: byKind[kind]
    }));
    const gantt = document.getElementById('gantt');
    gantt.style.height = Math.max(240, 90 + rows.length * 26) + 'px';
    const c = chart('gantt');
    c.resize();
    c.setOption({
      animation: false,
      legend: { top: 0, type: 'scroll' },
      grid: { left: 120, right: 30, top: 40, bottom: 60 },
      tooltip: { trigger: 'item', formatter: ganttTooltip },
      xAxis: { type: 'value', name: 'time (ms)', nameLocation: 'middle', nameGap: 28, min: 0 },
      yAxis: { type: 'category', data: rows, inverse: true, axisTick: { show: false },
        axisLabel: { color: v => v.endsWith(' link') ? '#8a93a3' : '#1d2433' } },
      dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }, { type: 'slider', xAxisIndex: 0, height: 16, bottom: 8, filterMode: 'weakFilter' }],
      series: series
    }, { notMerge: true });
  }

  /** A bar from value 1 to value 2 on row value 0, `share` of the row high; with a label (value `label`) where it fits. */
  function bar(share, label) {
    return function (params, api) {
      const start = api.coord([api.value(1), api.value(0)]);
      const end = api.coord([api.value(2), api.value(0)]);
      const height = api.size([0, 1])[1] * share;
      const shape = echarts.graphic.clipRectByRect({ x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 1), height: height },
        { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
      if (!shape) return null;
      const rect = { type: 'rect', shape: shape, style: api.style({ stroke: '#fff', lineWidth: 0.5 }) };
      const text = label === undefined ? '' : String(api.value(label));
      if (!text || shape.width < text.length * 6.5 + 6) return rect;
      return { type: 'group', children: [rect, { type: 'text', silent: true, style: { text: text, x: shape.x + shape.width / 2,
        y: shape.y + shape.height / 2, align: 'center', verticalAlign: 'middle', fill: '#fff', font: '11px sans-serif' } }] };
    };
  }

  function ganttTooltip(item) {
    const d = item.data;
    if (item.seriesId.startsWith('layer-')) {
      return tooltip([[{ bold: d[3] }, ' (' + item.seriesName + ') on ' + d[4]], [fmt(d[1]) + ' – ' + fmt(d[2]) + ' ms']]);
    }
    return tooltip([[{ bold: item.seriesName }, ' of ' + d[3]], [d[4] + ', ' + fmt(d[5]) + ' bytes'], [fmt(d[1]) + ' – ' + fmt(d[2]) + ' ms']]);
  }

  function renderMappingTable(layers, accelerators, mapping, schedule) {
    const box = document.getElementById('mapping-table');
    box.innerHTML = '';
    if (!mapping) return;
    const branches = branchesOf(layers);
    const branchNames = Array.from(new Set(branches));
    const table = document.createElement('table');
    table.id = 'mapping';
    const head = table.createTHead().insertRow();
    ['layer', 'branch', 'accelerator'].concat(schedule ? ['start (ms)', 'finish (ms)'] : []).forEach(h => {
      const th = document.createElement('th');
      th.textContent = h;
      head.appendChild(th);
    });
    const body = table.createTBody();
    layers.names.forEach((name, l) => {
      const tr = body.insertRow();
      tr.insertCell().textContent = name;
      const branch = tr.insertCell();
      branch.appendChild(swatch(BRANCH_PALETTE[branchNames.indexOf(branches[l]) % BRANCH_PALETTE.length]));
      branch.appendChild(document.createTextNode(branches[l]));
      tr.insertCell().textContent = accelerators[mapping[l]];
      if (schedule) {
        tr.insertCell().textContent = fmt(schedule.slots[2 * l] * schedule.tickS * 1e3);
        tr.insertCell().textContent = fmt(schedule.slots[2 * l + 1] * schedule.tickS * 1e3);
      }
    });
    box.appendChild(table);
  }

  // ---- latency and energy against each grid parameter ----
  const PARAMETERS = GRID_COLUMNS.filter(c => new Set(D.points.map(p => p.cells[COLUMN_AT[c]])).size > 1);

  /** One row of two charts per grid parameter that varies, laid out before anything is drawn so the page does not jump. */
  function buildParameterRows() {
    const box = document.getElementById('params');
    if (PARAMETERS.length === 0) {
      box.innerHTML = '<p class="note">This sweep varies no grid parameter.</p>';
      return;
    }
    PARAMETERS.forEach(column => {
      const row = document.createElement('div');
      row.id = 'param-' + column;
      row.className = 'params-row';
      ['latency', 'energy'].forEach(kind => {
        const chartBox = document.createElement('div');
        chartBox.id = 'param-' + column + '-' + kind;
        chartBox.className = 'chart';
        row.appendChild(chartBox);
      });
      box.appendChild(row);
    });
  }

  function renderParameter(column) {
    const jobs = filteredJobs(column);
    const at = COLUMN_AT[column];
    const values = Array.from(new Set(jobs.map(j => D.points[J.point[j]].cells[at]))).filter(v => v !== '').sort(compareCells);
    const numeric = values.every(v => !Number.isNaN(Number(v)));
    // Bandwidths, and any parameter spanning more than a factor of 16 (PE counts, memories), on a log axis.
    const positive = numeric && values.every(v => Number(v) > 0);
    const logarithmic = positive && (column.includes('bandwidth') || Number(values[values.length - 1]) / Number(values[0]) > 16);
    // Absolute figures of different models or systems do not share a scale: across several, each job counts as its ratio to H2H.
    const others = D.pointColumns.map((c, i) => i).filter(i => i !== at);
    const across = others.some(i => new Set(jobs.map(j => D.points[J.point[j]].cells[i])).size > 1);
    const kinds = across ? [['latency', 'ratio', 1, 'latency ÷ H2H'], ['energy', 'energyRatio', 1, 'energy ÷ H2H']]
      : [['latency', 'latency', 1e3, 'latency (ms)'], ['energy', 'energy', 1, 'energy (J)']];
    // Each solver's cells (median over its seeds at a point), by the parameter's value; a value's figure is their geometric mean.
    const buckets = {};
    cellsOf(jobs).cells.forEach(c => {
      const bySolver = buckets[c.solver] = buckets[c.solver] || {};
      (bySolver[D.points[c.point].cells[at]] = bySolver[D.points[c.point].cells[at]] || []).push(c);
    });
    kinds.forEach(([kind, field, scale, name]) => {
      const series = D.solvers.filter(s => buckets[s]).map(solver => ({
        name: solver, type: 'line', symbolSize: 7, itemStyle: { color: solverColor(solver) },
        data: values.filter(v => buckets[solver][v]).map(v => {
          const y = buckets[solver][v].map(c => c[field] * scale);
          return [numeric ? Number(v) : v, geomean(y), y.length, Math.min.apply(null, y), Math.max.apply(null, y)];
        }).filter(d => d[1] !== null)
      }));
      if (kind === 'latency' && hasBound && !across) {
        series.push({ name: 'lower bound', type: 'line', lineStyle: { type: 'dotted', width: 2 }, itemStyle: { color: '#d64550' }, symbol: 'none',
          data: values.map(v => [numeric ? Number(v) : v, median(jobs.filter(j => D.points[J.point[j]].cells[at] === v).map(j => metric(LOWER_BOUND, j) * 1e3))])
            .filter(d => d[1] !== null) });
      }
      draw('param-' + column + '-' + kind, JSON.stringify([name, across, logarithmic, values, series.map(s => [s.name, s.data])]), () => ({
        animation: false,
        title: { text: name.replace(/ \(.*\)/, '') + ' against ' + column.replace(/_/g, ' ') + (across ? ' (geometric mean over the points shown)' : ''),
          left: 'center', textStyle: { fontSize: 13, fontWeight: 600 } },
        legend: { bottom: 0, type: 'scroll' },
        grid: { left: 70, right: 30, top: 40, bottom: 70 },
        tooltip: { trigger: 'item', formatter: item => parameterTooltip(item, column, name) },
        xAxis: numeric ? { type: logarithmic ? 'log' : 'value', name: column, nameLocation: 'middle', nameGap: 26, scale: true, logBase: 10 }
          : { type: 'category', data: values, name: column, nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'value', name: name, nameLocation: 'middle', nameGap: 55, scale: true },
        series: series
      }));
    });
  }

  /** A solver's figure at one value: the geometric mean, over how many points (median over seeds at each), and their range. */
  function parameterTooltip(item, column, name) {
    const d = item.data;
    const text = [item.seriesName + ', ' + column + ' ' + String(d[0]) + ': ' + name + ' ' + fmt(d[1])];
    if (d.length < 5) return tooltip([text]);
    return tooltip([text, [d[2] > 1 ? 'geometric mean over ' + d[2] + ' points (range ' + fmt(d[3]) + ' – ' + fmt(d[4]) + ')'
      : 'median over the seeds at one point']]);
  }

  // ---- search traces ----
  function renderTraces(p, jobs) {
    const note = document.getElementById('trace-point');
    const traces = p < 0 ? {} : pointData(p).traces;
    const here = p < 0 ? [] : jobs.filter(j => J.point[j] === p && traces[j].length > 3);
    note.textContent = p < 0 ? 'No point matches the filters.' : 'Point: ' + pointTitle(p) + '. Best latency so far, one line per job '
      + '(budget-free solvers, with a single state, are left out).';
    [['trace-evals', 0, 'evaluations'], ['trace-time', 1, 'time (s)']].forEach(([id, x, name]) => draw(id, p + ':' + here.join(','), () => {
      const seen = new Set();
      const series = here.map(j => {
        const t = traces[j], data = [];
        for (let k = 0; k < t.length; k += 3) data.push([Math.max(t[k + x], x === 0 ? 1 : 1e-6), t[k + 2] * 1e3]);
        const solver = solverOf(j);
        seen.add(solver);
        return { name: solver, type: 'line', step: 'end', showSymbol: false, data: data, itemStyle: { color: solverColor(solver) },
          lineStyle: { width: 1.5, opacity: 0.85 } };
      });
      return {
        animation: false,
        title: { text: 'best latency against ' + name, left: 'center', textStyle: { fontSize: 13, fontWeight: 600 } },
        legend: { bottom: 0, data: Array.from(seen).sort() },
        grid: { left: 70, right: 30, top: 40, bottom: 70 },
        tooltip: { trigger: 'item', formatter: item => tooltip([[item.seriesName + ': ' + fmt(item.data[1]) + ' ms after ' + fmt(item.data[0]) + ' ' + name]]) },
        xAxis: { type: 'log', name: name, nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'value', name: 'best latency (ms)', nameLocation: 'middle', nameGap: 55, scale: true },
        series: series
      };
    }));
  }

  // ---- lower bound and gap ----
  function renderGap(jobs) {
    const note = document.getElementById('bound-note');
    if (!hasBound) {
      note.textContent = 'runs.csv has no ' + LOWER_BOUND + ' column: this sweep recorded no lower bounds.';
      document.getElementById('gap').classList.add('hidden');
      return;
    }
    const aggregate = cellsOf(jobs);
    const common = commonPoints(aggregate);
    note.textContent = 'Each solver\'s latency (median over its seeds) divided by the point\'s lower bound on latency (1 = provably optimal), '
      + 'at the ' + common.size + ' points matching the filters where every solver shown ran (so that no solver is measured on easier '
      + 'points than another): box from the first to the third quartile, whiskers at the extremes.';
    const solvers = D.solvers.filter(s => aggregate.cells.some(c => c.solver === s));
    const boxes = solvers.map(s => {
      const v = aggregate.cells.filter(c => c.solver === s && common.has(c.key)).map(c => c.gap).filter(x => x !== null).sort((a, b) => a - b);
      return v.length ? [v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[v.length - 1]] : [];
    });
    draw('gap', JSON.stringify([solvers, boxes]), () => ({
      animation: false,
      grid: { left: 70, right: 30, top: 20, bottom: 40 },
      tooltip: { trigger: 'item', formatter: item => tooltip([[item.name + ': median ' + fmt(item.data[3]) + ', range ' + fmt(item.data[1]) + ' – ' + fmt(item.data[5])]]) },
      xAxis: { type: 'category', data: solvers },
      yAxis: { type: 'value', name: 'latency ÷ lower bound', nameLocation: 'middle', nameGap: 50, scale: true },
      series: [{ type: 'boxplot', data: boxes, itemStyle: { color: '#e8eef9', borderColor: '#2f6fd0' } }]
    }));
  }

  // ---- drawing: the charts in view at once, the others when the browser is idle or they come into view ----
  /** The charts still to draw for the current filters: element id (whose place decides when) → drawing function. */
  const stale = new Map();
  /** The promises of drawn() and of drawn('view') still to resolve. */
  let waiting = [];
  let viewWaiting = [];
  let draining = false;
  let loading = false;
  let generation = 0;

  /** Resolves the promises of drawn() once nothing is left to draw, and those of drawn('view') once the point is unpacked. */
  function settle() {
    if (loading) return;
    viewWaiting.forEach(resolve => resolve());
    viewWaiting = [];
    if (stale.size > 0) return;
    if (T.drawn === undefined) T.drawn = performance.now();
    waiting.forEach(resolve => resolve());
    waiting = [];
  }

  function inView(id) {
    const box = document.getElementById(id).getBoundingClientRect();
    return box.bottom > -100 && box.top < window.innerHeight + 100;
  }

  function drawPart(id) {
    const part = stale.get(id);
    stale.delete(id);
    part();
    settle();
  }

  /** Calls `then` when the browser is idle: after it has shown what is drawn so far and handled input. */
  const whenIdle = window.requestIdleCallback ? then => requestIdleCallback(then, { timeout: 1000 }) : then => setTimeout(then, 50);

  /**
   * Draws the stale charts, in page order, once the browser is idle (it has shown the charts in view): all in one task, as
   * each task more costs the page a frame.
   */
  function drain() {
    if (draining || stale.size === 0) return;
    draining = true;
    whenIdle(() => {
      draining = false;
      if (T.firstScreen === undefined) {
        lap('first screen shown');
        T.firstScreen = performance.now();
      }
      while (stale.size > 0) drawPart(stale.keys().next().value);
    });
  }

  const watcher = window.IntersectionObserver
    ? new IntersectionObserver(entries => entries.forEach(e => { if (e.isIntersecting && stale.has(e.target.id)) drawPart(e.target.id); }),
      { rootMargin: '100px' })
    : null;

  /**
   * Draws the overview and the comparison table, and once the point shown is unpacked the charts in view; the other
   * charts follow (see drain).
   */
  function render() {
    const current = ++generation;
    const jobs = filteredJobs();
    const p = selectedPoint();
    document.getElementById('overview').textContent = JOBS + ' jobs at ' + D.points.length + ' points (' + D.solvers.length + ' solvers); '
      + jobs.length + ' match the filters.';
    renderComparison(jobs);
    lap('comparison');
    if (detail && J.point[detail[0]] !== p) {
      detail = null;
      document.getElementById('detail-title').textContent = 'Click a point of the Pareto front to see its mapping and schedule.';
      document.getElementById('gantt').classList.add('hidden');
      document.getElementById('mapping-table').innerHTML = '';
    }
    stale.clear();
    loading = true;
    loadPoint(p).then(() => {
      if (current !== generation) return;
      lap('unpacking the point');
      loading = false;
      stale.set('profile-section', () => { renderProfile(jobs); lap('profile'); });
      stale.set('pair-section', () => { renderPair(jobs); lap('pair'); });
      stale.set('pareto', () => { renderPareto(p, jobs); lap('pareto'); });
      PARAMETERS.forEach(c => stale.set('param-' + c, () => { renderParameter(c); lap('parameters'); }));
      stale.set('trace-evals', () => { renderTraces(p, jobs); lap('traces'); });
      stale.set('bound-section', () => { renderGap(jobs); lap('gap'); });
      Array.from(stale.keys()).filter(inView).forEach(drawPart);
      settle();
      drain();
    }, error => {
      if (current !== generation) return;
      loading = false;
      document.getElementById('pareto-point').textContent = 'This browser could not unpack the point\'s data (it needs '
        + 'DecompressionStream: Chromium 80, Firefox 113, Safari 16.4 or later): ' + error;
      settle();
    });
  }

  // A dse solve folder holds one problem: the page is titled for it, not as a sweep named "solve".
  if (D.sweep === 'solve' && D.points.length === 1) {
    document.getElementById('page-kind').textContent = 'Solve:';
    document.getElementById('sweep-name').textContent = pointTitle(0) + ' with ' + D.solvers.join(', ');
  }
  buildFilters();
  buildPairChoice();
  buildParameterRows();
  lap('filters');
  document.getElementById('gantt').classList.add('hidden');
  chart('pareto').on('click', item => { if (Array.isArray(item.data) && item.data.length >= 4) showDetail(item.data[2], item.data[3]); });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  render();
  if (watcher) ['profile-section', 'pair-section', 'pareto', 'trace-evals', 'bound-section'].concat(PARAMETERS.map(c => 'param-' + c))
    .forEach(id => watcher.observe(document.getElementById(id)));
  // For tests, the speed measurement and the console: the charts by element id, the mapping shown, and a promise of
  // the end of the drawing under way (of every chart, or with 'view' of the charts in view).
  window.dseReport = { charts: charts, detail: () => detail, wilcoxon: wilcoxon, profile: () => profileOf(filteredJobs()), drawn: what => new Promise(resolve => { (what === 'view' ? viewWaiting : waiting).push(resolve); settle(); }) };
}());
