package org.brainalign.support.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a WebP file holds lossy (VP8) image data, read from its RIFF chunk headers alone: the
 * one format whose decoding here is not PIL-exact (TwelveMonkeys' VP8 decoder upsamples chroma
 * differently from libwebp), which a run must say.
 */
final class LossyWebp {
  private LossyWebp() {}

  /** True for a WebP whose image chunk is {@code VP8 }; false for lossless or any other file. */
  static boolean lossy(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
      if (ch.read(head, 0) < 12 || head.getInt(0) != 0x46464952 || head.getInt(8) != 0x50424557) {
        return false; // not "RIFF....WEBP"
      }
      long pos = 12;
      ByteBuffer chunk = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < 64 && pos + 8 <= ch.size(); i++) {
        chunk.clear();
        if (ch.read(chunk, pos) < 8) {
          return false;
        }
        int fourcc = chunk.getInt(0);
        if (fourcc == 0x20385056) { // "VP8 "
          return true;
        }
        if (fourcc == 0x4c385056) { // "VP8L"
          return false;
        }
        long size = chunk.getInt(4) & 0xFFFFFFFFL;
        pos += 8 + size + (size & 1);
      }
      return false;
    } catch (IOException e) {
      return false; // decoding the file reports it
    }
  }
}
