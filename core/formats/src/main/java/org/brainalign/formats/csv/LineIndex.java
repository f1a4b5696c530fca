package org.brainalign.formats.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that remembers where each line break is, so that a CSV record's character position
 * ({@code CSVRecord.getCharacterPosition()}) gives the line it begins on, blank lines and quoted
 * line breaks counted. Four bytes per line.
 */
public final class LineIndex extends FilterReader {
  private long[] breaks = new long[1024];
  private int count;
  private long position;

  public LineIndex(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      note((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      note(buf[off + i]);
    }
    return n;
  }

  private void note(char c) {
    if (c == '\n') {
      if (count == breaks.length) {
        breaks = Arrays.copyOf(breaks, 2 * count);
      }
      breaks[count++] = position;
    }
    position++;
  }

  /** The 1-based line of the character at {@code characterPosition} (0-based). */
  public int lineOf(long characterPosition) {
    int i = Arrays.binarySearch(breaks, 0, count, characterPosition);
    return 1 + (i >= 0 ? i : -i - 1);
  }
}
