package dev.coexist.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiskSizeTest {

  @ParameterizedTest
  @CsvSource({
    "2Gi, 2147483648",
    "1G, 1000000000",
    "500M, 500000000",
    "1.5Gi, 1610612736",
    "0.5Ki, 512",
    "1e9, 1000000000",
    "1073741824, 1073741824",
    "10Mi, 10485760",
    "1Ti, 1099511627776",
    "100k, 100000",
    "1.0000001, 2"
  })
  void parsesKubernetesQuantities(String quantity, long bytes) {
    assertThat(DiskSize.parseQuantity("IMPORTER_IMAGE_SIZE", quantity)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2GB", "-1Gi", "abc", "", "Gi", "0", "1.2.3Mi"})
  void rejectsBadQuantitiesNamingTheField(String quantity) {
    assertThatThrownBy(() -> DiskSize.parseQuantity("IMPORTER_IMAGE_SIZE", quantity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("IMPORTER_IMAGE_SIZE: ");
  }

  @Test
  void usableSizeSubtractsCdisFilesystemOverheadAndAlignsToMebibytes() {
    // CDI GetUsableSpace: ceil((1 - 0.06) * 10Gi) = 10093173146, aligned down to 1 MiB
    assertThat(DiskSize.usable(10L << 30, new BigDecimal("0.06"))).isEqualTo(9625L << 20);
    // ceil(0.94 * 2Gi) = 2018634629 -> 1925 MiB
    assertThat(DiskSize.usable(2L << 30, new BigDecimal("0.06"))).isEqualTo(1925L << 20);
    assertThat(DiskSize.usable(1L << 30, new BigDecimal("0.055"))).isEqualTo(967L << 20);
  }

  @Test
  void withoutOverheadTheSizeIsOnlyAlignedToASector() {
    assertThat(DiskSize.usable(2L << 30, BigDecimal.ZERO)).isEqualTo(2L << 30);
    assertThat(DiskSize.usable(1000, BigDecimal.ZERO)).isEqualTo(512);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.5", "-0.1", "six percent"})
  void rejectsOverheadsOutsideZeroToOne(String overhead) {
    assertThatThrownBy(() -> DiskSize.parseOverhead("FILESYSTEM_OVERHEAD", overhead))
        .hasMessageStartingWith("FILESYSTEM_OVERHEAD: ");
  }

  @Test
  void humanSizes() {
    assertThat(DiskSize.human(512)).isEqualTo("512 B");
    assertThat(DiskSize.human(2L << 30)).isEqualTo("2.0 GiB");
    assertThat(DiskSize.human(1536L << 10)).isEqualTo("1.5 MiB");
  }
}
