package org.brainalign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The study files shipped in examples/studies and the built-in demo parse. */
class ExampleStudiesTest {

  @Test
  void everyExampleStudyParses() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("../../examples/studies"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path f : files) {
      StudyFile study = StudyFile.read(f);
      assertThat(study.model().spec().toString()).as(f.toString()).startsWith("resnet50");
      assertThat(study.dataset().spec().toString()).as(f.toString()).matches(
          spec -> spec.startsWith("nsd:root=") || spec.startsWith("surrogate:"),
          "an nsd or surrogate dataset");
      assertThat(study.metrics()).as(f.toString()).isNotEmpty();
    }
  }

  @Test
  void theIdentificationStudySweepsNoiseAndNWithEveryMetric() throws IOException {
    StudyFile study = StudyFile.read(Path.of("../../examples/studies/identification.yaml"));
    assertThat(study.dataset().spec().toString())
        .startsWith("surrogate:source=[resnet50:weights=random:0,")
        .contains("reliability=[0.2,0.5,0.9]").contains("images=[60,120,240]")
        .contains("subjects=2");
    assertThat(study.model().layers()).containsExactly("relu", "layer1", "layer2", "layer3",
        "layer4", "avgpool");
    assertThat(study.metrics()).extracting(m -> m.toString().split(":")[0]).containsExactly(
        "cross-decomposition", "rsa", "encoding", "versa", "cka");
  }

  @Test
  void theDemoStudyParses() throws IOException {
    String text;
    try (var in = ExampleStudiesTest.class.getResourceAsStream("/org/brainalign/study/demo.yaml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    StudyFile demo = StudyFile.parse(text.replace("${weights}", "random:0").replace("${seed}", "0")
        .replace("${voxels}", "250"), "demo");
    assertThat(demo.dataset().spec().toString())
        .startsWith("surrogate:source=[resnet50:weights=random:0,")
        .contains("layers=[layer1,layer4]").contains("seed=0");
    assertThat(demo.reducers()).hasSize(3);
  }
}
