package zone.xianggan.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** One picture of a run: throughput beside its baselines, and latency percentiles beside theirs. */
final class Charts {

    /** Bars of one chart: category (x) → series (colour) → value. */
    static final class Bars {
        final Map<String, Map<String, Double>> values = new LinkedHashMap<>();

        Bars add(String category, String series, double value) {
            if (!Double.isNaN(value)) {
                values.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(series, value);
            }
            return this;
        }
    }

    private Charts() {
    }

    static void write(Path file, String title, List<String> chartTitles, List<String> axisLabels, List<Bars> bars) {
        System.setProperty("java.awt.headless", "true");
        int width = 900;
        int height = 480;
        BufferedImage image = new BufferedImage(width, height * bars.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < bars.size(); i++) {
            JFreeChart chart = chart(title + " — " + chartTitles.get(i), axisLabels.get(i), bars.get(i));
            chart.draw(graphics, new java.awt.Rectangle(0, i * height, width, height));
        }
        graphics.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JFreeChart chart(String title, String axis, Bars bars) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        bars.values.forEach((category, series) -> series.forEach((name, value) -> dataset.addValue(value, name,
                category)));
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, dataset, PlotOrientation.VERTICAL, true,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF7F7F7));
        plot.setRangeGridlinePaint(Color.GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        Color[] palette = { new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
                new Color(0x9467BD) };
        for (int i = 0; i < palette.length; i++) {
            renderer.setSeriesPaint(i, palette[i]);
        }
        return chart;
    }
}
