/**
 * What a finished results folder shows a person: {@link io.h2hdse.report.ReportPage} writes
 * {@code report.html}, one self-contained interactive page, and {@link io.h2hdse.report.PointFigures}
 * draws the static per-point figures on demand.
 *
 * <p>It reads the folder only (runs.csv and the job files, through {@link io.h2hdse.report.ResultsFolder})
 * and never reruns a job. runs.csv's columns before {@code solver} name the point and those after
 * {@code job_id} are numbers, whichever they are, so columns added later reach the page without a change
 * here; {@code latency_lower_bound_s} and {@code latency_gap}, where present, become the page's lower bound
 * and gaps. The page (template, styles and script under {@code resources/io/h2hdse/report/}) draws
 * everything in the browser from the embedded data with Apache ECharts, inlined from its WebJar at run
 * time; schedules are embedded only for H2H and for the mappings on each point's Pareto front over all
 * its jobs, which keeps the page a few MB for thousands of jobs. Each point's details are packed (gzipped
 * JSON in base64) and unpacked by the page only when it shows the point; the page draws the charts in view
 * first and records how long its first drawing took in {@code window.reportTimings}, which the test
 * {@code ReportSpeedMeasurement} reads (README, "Results and the report"). Where runs.csv has areas (an
 * {@code explore}, or any sweep whose systems are area-modelled) the page adds the design views: per model,
 * latency against energy or area coloured by the third objective, and a parallel-coordinates chart of the
 * knobs and objectives, with the designs over manifest.json's area budget apart and the front of
 * {@link io.h2hdse.report.DesignViews} marked.
 *
 * <p>Layer order: the report sits beside {@code sweep} (it reads what a sweep writes); {@code cli} calls it.
 */
package io.h2hdse.report;
