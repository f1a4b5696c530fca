package org.brainalign.fetch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainalign.api.InvalidInputException;
import org.brainalign.api.fetch.FetchPlan;
import org.brainalign.api.fetch.RemoteFile;
import org.brainalign.api.run.Progress;
import org.brainalign.api.run.RunContext;

/**
 * Fetches a {@link FetchPlan}: lists every object's size and checksum, keeps the local files that
 * are already verified, checks the disk, then downloads the rest one by one ({@link Download}).
 */
public final class Fetcher {
  private final BucketClient client;
  private final FreeSpace freeSpace;
  private final PrintWriter out;

  /**
   * @param freeSpace where the free bytes of the root come from ({@link FreeSpace#fileStore()})
   * @param out where the listing and one line per fetched file go
   */
  public Fetcher(BucketClient client, FreeSpace freeSpace, PrintWriter out) {
    this.client = client;
    this.freeSpace = freeSpace;
    this.out = out;
  }

  /**
   * One planned file: what the bucket holds and what is here.
   *
   * @param local the file's absolute path
   * @param here whether it is on disk and verified (then it is not fetched)
   * @param partialBytes bytes already in {@code FILE.partial} to resume from
   */
  public record Item(RemoteFile file, ObjectInfo remote, Path local, boolean here,
      long partialBytes) {

    /** Bytes still to transfer. */
    public long missing() {
      return here ? 0 : remote.size() - partialBytes;
    }
  }

  /**
   * Lists the plan's objects ({@code HEAD} each) and checks the local copies: a file in the index
   * of verified files and unchanged since is kept without hashing; another file on disk is hashed,
   * kept when it matches and, unless {@code dryRun}, removed when it does not (it is fetched again).
   */
  public List<Item> list(FetchPlan plan, boolean dryRun) {
    VerifiedIndex index = VerifiedIndex.load(plan.root());
    List<Item> items = new ArrayList<>();
    for (RemoteFile f : plan.files()) {
      ObjectInfo remote = client.head(f.key());
      Path local = plan.root().resolve(f.local());
      boolean here = index.verified(remote, local);
      if (!here && Files.isRegularFile(local)) {
        here = Download.matches(remote, local);
        if (here && !dryRun) {
          index.record(remote, local);
        } else if (!here) {
          out.println("  " + local + " differs from the bucket's " + f.key() + " (size or MD5): "
              + (dryRun ? "it would be fetched again" : "fetching it again"));
          if (!dryRun) {
            delete(local);
          }
        }
      }
      Path partial = Download.partial(local);
      long part = here || !Files.isRegularFile(partial) ? 0 : Math.min(size(partial),
          remote.size());
      items.add(new Item(f, remote, local, here, part));
    }
    return items;
  }

  /** Prints the listing: one line per file with its size and state, then the totals. */
  public void print(FetchPlan plan, List<Item> items) {
    long missing = 0;
    int here = 0;
    for (Item i : items) {
      String state = i.here() ? "here, verified" : i.partialBytes() > 0 ? "resume from byte "
          + i.partialBytes() : "to fetch";
      String check = i.remote().md5() == null ? "size only (multipart ETag)" : "md5";
      out.printf("  %14d  %s  [%s; %s]%n", i.remote().size(), i.file().key(), state, check);
      missing += i.missing();
      here += i.here() ? 1 : 0;
    }
    out.printf("%d files from %s into %s: %d here and verified, %d to fetch, %s (%d bytes) to "
        + "download%n", items.size(), client.source(), plan.root(), here, items.size() - here,
        Bytes.human(missing), missing);
    out.flush();
  }

  /**
   * @throws InvalidInputException when the root's file store has fewer usable bytes than the listed
   *     files still need, with both numbers, before anything is downloaded
   */
  public void checkDisk(Path root, List<Item> items) {
    long need = items.stream().mapToLong(Item::missing).sum();
    long free = freeSpace.usableBytes(root);
    if (need > free) {
      throw InvalidInputException.of("the fetch into " + root, "room for " + Bytes.human(need)
          + " (" + need + " bytes) still to download", "only " + Bytes.human(free) + " (" + free
          + " bytes) free on its disk", "Free some space, or choose a root (root=DIR) on a larger "
          + "disk, or fetch fewer subjects or sessions at a time; nothing was downloaded.");
    }
  }

  /**
   * Downloads every item not here, records each verified file in the index.
   *
   * @return the bytes received over the network
   */
  public long download(Path root, List<Item> items, RunContext context) {
    VerifiedIndex index = VerifiedIndex.load(root);
    long total = items.stream().mapToLong(Item::missing).sum();
    long received = 0;
    try (Progress progress = context.progress("fetch", total)) {
      for (Item i : items) {
        if (i.here()) {
          continue;
        }
        long start = System.nanoTime();
        long got = Download.fetch(client, i.remote(), i.local(), progress);
        received += got;
        index.record(i.remote(), i.local());
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        out.printf("fetched %s (%s, %s/s, %s)%n", i.file().key(), Bytes.human(got),
            Bytes.human((long) (got / secs)), i.remote().md5() == null ? "size verified"
                : "size and MD5 verified");
        out.flush();
      }
    }
    return received;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + p, e);
    }
  }
}
