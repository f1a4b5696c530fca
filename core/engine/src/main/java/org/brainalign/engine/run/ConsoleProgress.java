package org.brainalign.engine.run;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.brainalign.api.run.Progress;

/** A text progress bar with rate and ETA, redrawn at most every 200 ms. */
final class ConsoleProgress implements Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LINE_NANOS = 10_000_000_000L;
  private final String task;
  private final long total;
  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long lastDraw;
  private volatile boolean closed;

  ConsoleProgress(String task, long total, PrintWriter err, boolean terminal) {
    this.task = task;
    this.total = total;
    this.err = err;
    this.terminal = terminal;
    this.lastDraw = start;
  }

  @Override
  public void advance(long steps) {
    long now = System.nanoTime();
    long d = done.addAndGet(steps);
    if (now - lastDraw >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
      lastDraw = now;
      draw(d, now, false);
    }
  }

  private synchronized void draw(long d, long now, boolean end) {
    double secs = (now - start) / 1e9;
    StringBuilder sb = new StringBuilder();
    sb.append(task).append(' ');
    if (total > 0) {
      double frac = Math.min(1.0, (double) d / total);
      int width = 30;
      int fill = (int) Math.round(frac * width);
      sb.append('[').append("#".repeat(fill)).append(".".repeat(width - fill)).append("] ");
      sb.append(String.format("%3.0f%% %d/%d", frac * 100, d, total));
      if (!end && d > 0 && frac < 1) {
        sb.append(" ETA ").append(duration(secs / d * (total - d)));
      }
    } else {
      sb.append(d);
    }
    sb.append(" ").append(duration(secs));
    if (terminal) {
      err.print("\r" + sb + "   " + (end ? "\n" : ""));
    } else {
      err.println(sb);
    }
    err.flush();
  }

  static String duration(double secs) {
    long s = Math.round(secs);
    if (s < 60) {
      return String.format("%.1fs", secs);
    }
    if (s < 3600) {
      return String.format("%dm%02ds", s / 60, s % 60);
    }
    return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      draw(done.get(), System.nanoTime(), true);
    }
  }
}
