package ca.relais.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes PNG snapshots of scenes, for the docs and for looking at what a test saw. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The folder the build names for documentation images, or a temp folder when run outside Maven. */
    public static Path docsImages() {
        String configured = System.getProperty("relais.docs.img");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "relais-img");
    }

    public static Path save(Scene scene, String name) {
        return save(scene, docsImages(), name);
    }

    /** A snapshot kept out of the docs: what a failing test saw, under {@code target/}. */
    public static Path saveFailure(Scene scene, String name) {
        return save(scene, Path.of("target", "fx-failures"), name);
    }

    private static Path save(Scene scene, Path folder, String name) {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
