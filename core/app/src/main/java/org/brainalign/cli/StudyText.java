package org.brainalign.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainalign.api.InvalidInputException;

/** Checks that a study file is UTF-8 text before it is parsed, naming the first bad byte. */
final class StudyText {
  private StudyText() {}

  /**
   * @throws InvalidInputException naming the file, the byte, its offset and line, when the file is
   *     not UTF-8 (a missing or unreadable file is left to the study reader's message)
   */
  static void requireUtf8(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return;
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      return;
    }
    int at = in.position();
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    throw InvalidInputException.of(file.toString(), "a UTF-8 text file (YAML)",
        String.format("byte 0x%02X at offset %d (line %d), which is not UTF-8", bytes[at] & 0xFF, at,
            line), "The file was probably saved as Latin-1 or Windows-1252; save it as UTF-8.");
  }
}
