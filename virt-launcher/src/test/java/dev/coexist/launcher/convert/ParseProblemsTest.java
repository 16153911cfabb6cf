package dev.coexist.launcher.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseProblemsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "unknown disk bus",
            """
            kind: VirtualMachineInstance
            metadata: {name: x}
            spec:
              domain:
                devices:
                  disks:
                    - name: root
                      disk: {bus: virtio}
                    - name: fd
                      disk: {bus: floppy}
            """,
            "spec.domain.devices.disks[1].disk.bus: unsupported value \"floppy\""
                + " (supported: virtio, sata, scsi, usb)"),
        Arguments.of(
            "unknown cache mode in a VM template",
            """
            kind: VirtualMachine
            metadata: {name: x}
            spec:
              template:
                spec:
                  domain:
                    devices:
                      disks:
                        - name: root
                          cache: unsafe
            """,
            "spec.template.spec.domain.devices.disks[0].cache: unsupported value \"unsafe\""
                + " (supported: none, writethrough, writeback)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void namesTheField(String name, String yaml, String expected) {
    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> TestManifests.parse(yaml));

    ConversionException converted = ParseProblems.toConversionException(e);

    assertThat(converted.problems()).singleElement().hasToString(expected);
    assertThat(converted.problems().get(0).kind()).isEqualTo(Problem.Kind.UNSUPPORTED);
    assertThat(converted).hasCause(e);
  }
}
