package io.h2hdse.sweep;

import io.h2hdse.output.OutputFile;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The sweep's charts, each written as PNG and SVG, headless. */
public final class Plots {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xff7f0e),
        new Color(0x2ca02c),
        new Color(0xd62728),
        new Color(0x9467bd),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x7f7f7f),
        new Color(0xbcbd22),
        new Color(0x17becf)
    };

    /** Series of one series: x and y in the chart's units. */
    public record Series(double[] x, double[] y) {}

    private Plots() {}

    /**
     * Each solver's non-dominated points as a step line; H2H and the baseline as single large markers;
     * the latency lower bound as a dashed vertical line (no plan of the problem lies left of it).
     */
    public static void paretoFront(
            Path file,
            String title,
            Map<String, Series> fronts,
            Series h2h,
            Series baseline,
            double latencyBoundMs,
            java.util.Collection<String> solvers) {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(560)
                .title(title)
                .xAxisTitle("latency (ms)")
                .yAxisTitle("energy (J)")
                .build();
        chart.getStyler().setLegendVisible(true);
        fronts.forEach((solver, points) -> {
            XYSeries series = chart.addSeries(solver, points.x(), points.y());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            series.setMarker(SeriesMarkers.CIRCLE);
            Color colour = SolverPalette.color(solver, solvers);
            series.setLineColor(colour);
            series.setMarkerColor(colour);
        });
        if (h2h != null) {
            marker(chart, "H2H", h2h, SeriesMarkers.DIAMOND, Color.BLACK);
        }
        if (baseline != null) {
            marker(chart, "baseline (computation-prioritized)", baseline, SeriesMarkers.SQUARE, Color.GRAY);
        }
        boundLine(chart, latencyBoundMs, fronts.values(), h2h, baseline);
        save(chart, file);
    }

    private static void boundLine(
            XYChart chart, double boundMs, java.util.Collection<Series> fronts, Series h2h, Series baseline) {
        java.util.List<Series> all = new java.util.ArrayList<>(fronts);
        java.util.stream.Stream.of(h2h, baseline)
                .filter(java.util.Objects::nonNull)
                .forEach(all::add);
        double low = all.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.y()))
                .min()
                .orElse(0);
        double high = all.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.y()))
                .max()
                .orElse(1);
        XYSeries line =
                chart.addSeries("latency lower bound", new double[] {boundMs, boundMs}, new double[] {low, high});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Color.DARK_GRAY);
        line.setLineStyle(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }

    private static void marker(
            XYChart chart, String name, Series point, org.knowm.xchart.style.markers.Marker marker, Color color) {
        XYSeries series = chart.addSeries(name, point.x(), point.y());
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(marker);
        series.setMarkerColor(color);
    }

    /** One bar per layer from start to finish on its accelerator's row; neighbouring layers in different colours. */
    public static void gantt(Path file, String title, List<String> accelerators, List<JobRecord.Slot> slots) {
        XYChart chart = new XYChartBuilder()
                .width(1000)
                .height(140 + 60 * accelerators.size())
                .title(title)
                .xAxisTitle("time (ms)")
                .yAxisTitle("accelerator")
                .build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(-0.5).setYAxisMax(accelerators.size() - 0.5);
        chart.getStyler().setYAxisTicksVisible(false);
        // XChart places y ticks itself and cannot name rows there: each row's name is written just above it.
        double endMs = slots.stream().mapToDouble(s -> s.finishS() * 1e3).max().orElse(1);
        for (int row = 0; row < accelerators.size(); row++) {
            chart.addAnnotation(new AnnotationText(accelerators.get(row), 0.08 * endMs, row + 0.38, false));
        }
        for (JobRecord.Slot slot : slots) {
            XYSeries bar = chart.addSeries(
                    "layer " + slot.layer(),
                    new double[] {slot.startS() * 1e3, slot.finishS() * 1e3},
                    new double[] {slot.accelerator(), slot.accelerator()});
            bar.setMarker(SeriesMarkers.NONE);
            bar.setLineColor(PALETTE[slot.layer() % PALETTE.length]);
            bar.setLineStyle(new BasicStroke(18f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        }
        save(chart, file);
    }

    /** Median latency per solver against link bandwidth. */
    static void latencyVsBandwidth(Path file, String title, Map<String, Series> lines) {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(560)
                .title(title)
                .xAxisTitle("link bandwidth (GB/s)")
                .yAxisTitle("latency (ms), median over seeds and budgets")
                .build();
        chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false);
        lines.forEach((solver, points) -> {
            XYSeries series = chart.addSeries(solver, points.x(), points.y());
            series.setMarker(SeriesMarkers.CIRCLE);
            Color colour = SolverPalette.color(solver, lines.keySet());
            series.setLineColor(colour);
            series.setMarkerColor(colour);
        });
        save(chart, file);
    }

    private static void save(XYChart chart, Path file) {
        // Without a pattern XChart prints ticks with every digit of a double.
        chart.getStyler().setXAxisDecimalPattern("#,##0.###").setYAxisDecimalPattern("#,##0.#####");
        OutputFile.write(
                file.resolveSibling(file.getFileName() + ".png"),
                out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        OutputFile.write(
                file.resolveSibling(file.getFileName() + ".svg"),
                out -> VectorGraphicsEncoder.saveVectorGraphic(
                        chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }
}
