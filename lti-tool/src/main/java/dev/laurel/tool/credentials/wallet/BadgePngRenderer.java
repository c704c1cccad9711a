package dev.laurel.tool.credentials.wallet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * A plain PNG badge (disc, ring and star in the generator's default colour) to bake into when the achievement
 * has no image Laurel holds; drawn without fonts so it renders on a headless server.
 */
@Component
public class BadgePngRenderer {

    private static final int SIZE = 256;
    private static final Color FILL = new Color(0x2f, 0x5d, 0x8a);

    /** The PNG bytes of the badge. */
    public byte[] render() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(FILL);
            g.fillOval(4, 4, SIZE - 8, SIZE - 8);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(4f));
            g.drawOval(16, 16, SIZE - 32, SIZE - 32);
            g.fill(star(SIZE / 2.0, SIZE / 2.0, 80, 34));
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 5 * i - Math.PI / 2;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            }
            else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
