package org.brainalign.fetch;

/**
 * What the bucket says about one object ({@code HEAD}).
 *
 * @param key the object's key
 * @param size its length in bytes ({@code Content-Length})
 * @param md5 its MD5 in lower-case hex when the ETag is one (an object uploaded in one part), else
 *     {@code null}: a multipart ETag ({@code "…-N"}) is no digest of the file, so only the size is
 *     checked
 */
public record ObjectInfo(String key, long size, String md5) {

  /** The object's MD5 from an S3 ETag header, or {@code null} when the ETag is no plain MD5. */
  static String md5FromEtag(String etag) {
    if (etag == null) {
      return null;
    }
    String e = etag.strip();
    if (e.startsWith("W/")) {
      e = e.substring(2);
    }
    e = e.replace("\"", "").toLowerCase(java.util.Locale.ROOT);
    return e.matches("[0-9a-f]{32}") ? e : null;
  }
}
