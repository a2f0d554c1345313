import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Relais icon (a white speech bubble with three dots on a blue rounded square) with Java2D and writes
 * every format the installers need: PNGs for Linux, an ICO for Windows, an ICNS for macOS.
 * Run from the repository root: {@code java packaging/icons/IconMaker.java}.
 */
public final class IconMaker {
    private static final Color TOP = new Color(0x2B, 0x6C, 0xC4);
    private static final Color BOTTOM = new Color(0x15, 0x3E, 0x7A);
    private static final Color DOT = new Color(0x1D, 0x4F, 0x95);

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "packaging");
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            pngs.put(size, png(draw(size)));
        }
        Path icons = Files.createDirectories(root.resolve("icons"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            Files.write(icons.resolve("relais-" + size + ".png"), pngs.get(size));
        }
        Files.write(Files.createDirectories(root.resolve("linux")).resolve("relais.png"), pngs.get(256));
        Files.write(Files.createDirectories(root.resolve("windows")).resolve("relais.ico"),
                ico(pngs, 16, 24, 32, 48, 64, 256));
        Files.write(Files.createDirectories(root.resolve("macos")).resolve("relais.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 100.0;
        g.scale(s, s);
        g.setPaint(new GradientPaint(0, 4, TOP, 0, 96, BOTTOM));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));

        Area bubble = new Area(new RoundRectangle2D.Double(18, 22, 64, 44, 20, 20));
        Path2D tail = new Path2D.Double();
        tail.moveTo(30, 60);
        tail.lineTo(26, 80);
        tail.lineTo(46, 62);
        tail.closePath();
        bubble.add(new Area(tail));
        g.setColor(Color.WHITE);
        g.fill(bubble);

        g.setColor(DOT);
        for (int i = 0; i < 3; i++) {
            g.fill(new Ellipse2D.Double(32.5 + i * 13, 38.5, 9, 9));
        }
        if (size >= 64) {
            g.setColor(new Color(255, 255, 255, 60));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new RoundRectangle2D.Double(4.6, 4.6, 90.8, 90.8, 21, 21));
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose entries are PNG images (understood since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int size : sizes) {
            total += pngs.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int size : sizes) {
            byte[] data = pngs.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            b.put(pngs.get(size));
        }
        return b.array();
    }

    /** An ICNS file with PNG entries, from 16 to 1024 pixels. */
    static byte[] icns(Map<Integer, byte[]> pngs) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + pngs.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, size) -> {
            byte[] data = pngs.get(size);
            b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return b.array();
    }
}
