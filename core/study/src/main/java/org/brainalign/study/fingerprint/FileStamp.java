package org.brainalign.study.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code stat} says of a file, as git's index keeps it: size, modification and change times
 * (nanoseconds where the file system has them), device and inode. A digest taken of a file is
 * reused while its stamp is unchanged; any edit, replacement by rename or {@code touch} changes it.
 *
 * @param size bytes
 * @param modifiedNanos last modification, nanoseconds since the epoch
 * @param changedNanos last status change ({@code ctime}), or -1 where the platform does not say
 * @param device device id, or -1 where the platform does not say
 * @param inode inode number, or -1 where the platform does not say
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, long device, long inode) {

  /**
   * The stamp of a regular file (symbolic links followed).
   *
   * @throws IOException when the file cannot be examined
   */
  public static FileStamp of(Path file) throws IOException {
    try {
      Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
      return new FileStamp((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
          nanos((FileTime) a.get("ctime")), (Long) a.get("dev"), (Long) a.get("ino"));
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(b.size(), nanos(b.lastModifiedTime()), -1, -1, -1);
    }
  }

  private static long nanos(FileTime t) {
    return t.to(TimeUnit.NANOSECONDS);
  }
}
