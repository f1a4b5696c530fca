package org.brainalign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command prints on standard error (progress, warnings, the run log) goes through picocli's
 * error writer, so an embedding program or a test that sets it sees everything, and nothing goes
 * around it to the process's own standard error.
 */
class CliStreamsTest {
  @TempDir Path tmp;

  @Test
  void progressGoesToTheCommandsErrorWriter() {
    PrintStream processErr = System.err;
    ByteArrayOutputStream around = new ByteArrayOutputStream();
    Cli r;
    try {
      System.setErr(new PrintStream(around, true, StandardCharsets.UTF_8));
      r = Cli.run("compare", "--x", Cli.example("compare/model.npy"), "--y",
          Cli.example("compare/brain.npy"), "--out", tmp.resolve("out").toString());
    } finally {
      System.setErr(processErr);
    }
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.err).as(r.toString()).contains("gram ").contains("100%");
    assertThat(around.toString(StandardCharsets.UTF_8)).as("printed around picocli's writer")
        .isEmpty();
  }
}
