package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes read as a phone camera reads them, with ZXing: from a picture (a PNG, a browser's
 * screenshot) or from a grid of dark and light cells (e.g. the half blocks the meeting screen draws,
 * turned into cells by the test). Also makes QR codes, for tests of the reading itself.
 */
public final class QrCodes {
    private QrCodes() {
    }

    /** The text of the one QR code in the picture; fails the test when no QR code can be read there. */
    public static String decode(BufferedImage image) {
        return read(image).orElseGet(() -> fail("No QR code could be read in the " + image.getWidth() + " x "
                + image.getHeight() + " picture"));
    }

    /** The text of the one QR code in the picture as a phone reads it (trying hard, not inverted), if any. */
    public static java.util.Optional<String> read(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return java.util.Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (ReaderException e) {
            return java.util.Optional.empty();
        }
    }

    /** The text of the one QR code in the PNG (or other picture) file. */
    public static String decode(Path picture) {
        try {
            BufferedImage image = ImageIO.read(picture.toFile());
            return image == null ? fail(picture + " is not a picture") : decode(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A black-on-white picture of the cells, dark[row][column] true for a dark cell, each cell a square of
     * the given pixels. Nothing is added around it: a quiet zone must be in the cells, as on the screen.
     */
    public static BufferedImage picture(boolean[][] dark, int pixelsPerCell) {
        int rows = dark.length;
        int columns = rows == 0 ? 0 : dark[0].length;
        BufferedImage image = new BufferedImage(Math.max(1, columns * pixelsPerCell), Math.max(1, rows * pixelsPerCell),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean black = y / pixelsPerCell < rows && x / pixelsPerCell < dark[y / pixelsPerCell].length
                        && dark[y / pixelsPerCell][x / pixelsPerCell];
                image.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    /** The cells of a QR code for the text, made by ZXing, with the standard quiet zone of four cells. */
    public static boolean[][] encode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4));
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < dark.length; y++) {
                for (int x = 0; x < dark[y].length; x++) {
                    dark[y][x] = matrix.get(x, y);
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of: " + text, e);
        }
    }
}
