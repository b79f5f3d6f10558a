package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

class UploadGuardTest {

    private static final List<String> HEADERS = List.of("项目代码", "报告月份", "本月完成投资（万元）");

    private static UploadLimits limits(long entryMb, long archiveMb, int ratio, int entries) {
        return new UploadLimits(DataSize.ofMegabytes(entryMb), DataSize.ofMegabytes(archiveMb), ratio, entries, 100_000,
                2_000_000, 32_767, 1, Duration.ofMillis(100));
    }

    private static UploadRefused refusal(Runnable call) {
        try {
            call.run();
        } catch (UploadRefused e) {
            return e;
        }
        throw new AssertionError("the upload was not refused");
    }

    private static List<ExcelRow> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ExcelImport.read(in, HEADERS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatioWithinASecondOrTwo() {
        Path bomb = HostileFiles.zipBomb();
        long start = System.nanoTime();
        UploadRefused refused = refusal(() -> read(bomb));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(refused.reason()).isEqualTo("文件压缩比超过 100:1（xl/worksheets/sheet1.xml），疑似压缩炸弹，已拒绝");
    }

    @Test
    void anEntryExpandingPastItsCapIsRefusedWhateverTheRatioAllows() {
        UploadRefused refused = refusal(() -> OfficeArchive.inspect(HostileFiles.zipBomb(), limits(100, 200, 100_000, 1000)));
        assertThat(refused.reason()).isEqualTo("文件解压后超过 100MB（xl/worksheets/sheet1.xml），疑似压缩炸弹，已拒绝");
    }

    @Test
    void theWholeArchiveExpandingPastItsCapIsRefused() {
        UploadRefused refused = refusal(() -> OfficeArchive.inspect(HostileFiles.zipBomb(), limits(300, 50, 100_000, 1000)));
        assertThat(refused.reason()).isEqualTo("文件解压后超过 50MB，疑似压缩炸弹，已拒绝");
    }

    @Test
    void anArchiveOfTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 5; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
        }
        UploadGuard guard = new UploadGuard(limits(100, 200, 100, 3));
        assertThat(refusal(() -> guard.checkOfficeFile(out.toByteArray())).reason())
                .isEqualTo("文件包含超过 3 个压缩条目，疑似压缩炸弹，已拒绝");
        new UploadGuard(UploadLimits.defaults());    // POI's static limits back to the defaults for the other tests
    }

    @Test
    void anImageOrTextRenamedToXlsxIsRefusedByItsContent() {
        for (byte[] content : List.of(HostileFiles.pngRenamed(), HostileFiles.textRenamed())) {
            UploadRefused refused = refusal(() -> ExcelImport.read(new ByteArrayInputStream(content), HEADERS));
            assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(refused.reason()).startsWith("文件内容不是 Excel 2007 及以上格式（.xlsx）");
        }
    }

    @Test
    void aDamagedArchiveOrAnotherOfficeFileIsNotTakenForAWorkbook() throws IOException {
        byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(refusal(() -> ExcelImport.read(new ByteArrayInputStream(damaged), HEADERS)).reason())
                .isEqualTo("文件不是有效的 Office 文件（压缩包已损坏或格式不符），已拒绝");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.closeEntry();
        }
        assertThat(refusal(() -> ExcelImport.read(new ByteArrayInputStream(docx.toByteArray()), HEADERS)).reason())
                .startsWith("文件不是 Excel 工作簿（.xlsx）");
    }

    @Test
    void aSheetOfTwoHundredThousandRowsIsRefusedWhileStreaming() {
        Path file = HostileFiles.manyRows(HEADERS, 200_000);
        UploadRefused refused = refusal(() -> read(file));
        assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(refused.reason()).isEqualTo("文件超过 100000 行（含表头），已拒绝；请分批导入");
    }

    @Test
    void aSheetOfTooManyCellsIsRefusedWhileStreaming() {
        List<String> wide = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "列" + i).toList();
        UploadLimits fewCells = new UploadLimits(DataSize.ofMegabytes(100), DataSize.ofMegabytes(200), 100, 1000, 100_000,
                1_000, 32_767, 1, Duration.ofMillis(100));
        UploadRefused refused = refusal(() -> SheetReader.read(HostileFiles.manyRows(wide, 100), wide, fewCells));
        assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(refused.reason()).isEqualTo("文件超过 1000 个单元格，已拒绝；请分批导入");
    }

    @Test
    void oneCellOfFiveMegabytesIsRefusedNamingTheCell() {
        UploadRefused refused = refusal(() -> read(HostileFiles.oneHugeCell(HEADERS)));
        assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.reason()).isEqualTo("单元格 A2 的内容超过 32767 个字符，已拒绝");
    }

    @Test
    void anImportFindingEverySlotTakenIsRefusedWith503AfterAShortWait() throws Exception {
        UploadGuard guard = new UploadGuard(limits(100, 200, 100, 1000));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> guard.admit(() -> {
            running.countDown();
            await(release);
            return "done";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        UploadRefused refused = refusal(() -> guard.admit(() -> "second"));
        assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.reason()).isEqualTo("当前正在进行的导入已达 1 个（同时导入上限），请稍后重试");
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(guard.admit(() -> "third")).isEqualTo("third");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
