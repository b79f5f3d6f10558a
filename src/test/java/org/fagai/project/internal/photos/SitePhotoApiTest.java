package org.fagai.project.internal.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.fagai.FagaiIntegrationTest;
import org.fagai.project.internal.demo.SitePictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Site photos through the API: checked by content, bounded before decoding, flagged for the reviewer, served as copies. */
@FagaiIntegrationTest
class SitePhotoApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(880_000);
    private static final LocalDateTime IN_MARCH = LocalDateTime.of(2019, 3, 14, 10, 20, 30);

    @Autowired
    MockMvc mvc;

    private String project(String name) throws Exception {
        String code = "1901-339903-04-01-" + SERIAL.incrementAndGet();
        mvc.perform(post("/api/v1/projects").with(httpBasic("city", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","name":"%s","ownerUnit":"测试公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339903","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,"stage":"在建",
                 "startMonth":"2019-01","endMonth":"2020-12","planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}"""
                .formatted(code, name))).andExpect(status().isCreated());
        return code;
    }

    private ResultActions upload(String code, String month, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + code + "/progress/" + month + "/photos")
                .file(new MockMultipartFile("file", fileName, "image/jpeg", content)).with(httpBasic("city", DEMO_PASSWORD)));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void aPhotoTakenInTheMonthIsKeptWithItsCaptureTimeAndNoFlag() throws Exception {
        String code = project("照片正常项目");
        upload(code, "2019-03", "IMG_0001.jpg", SitePictures.jpeg(9_001, 640, 480, IN_MARCH, true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.takenAt").value("2019-03-14T10:20:30"))
                .andExpect(jsonPath("$.flags").isEmpty());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedByItsContentWhateverItsName() throws Exception {
        String code = project("照片内容检查项目");
        upload(code, "2019-03", "site.jpg", "%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("与文件内容（PDF）不符")));
        upload(code, "2019-03", "site.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent());
        byte[] png = png(SitePictures.scene(9_002, 64, 48));
        upload(code, "2019-03", "renamed.jpg", png)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("扩展名")));
        upload(code, "2019-03", "damaged.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11, 0x22})
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("无法读取")));
        upload(code, "2019-03", "real.png", png).andExpect(status().isCreated());
    }

    @Test
    void aRefusedPhotosReasonReadsInEnglishUnderEnglishAndInChineseAsBefore() throws Exception {
        String code = project("照片拒绝语言项目");
        byte[] damaged = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11, 0x22};
        for (String lang : new String[] {"en", "zh_CN"}) {
            String english = "The photo is damaged or in an unsupported format and cannot be read";
            String chinese = "照片已损坏或格式不受支持，无法读取";
            mvc.perform(multipart("/api/v1/projects/" + code + "/progress/2019-03/photos").param("lang", lang)
                            .file(new MockMultipartFile("file", "damaged.jpg", "image/jpeg", damaged)).with(httpBasic("city", DEMO_PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value(lang.equals("en") ? english : chinese))
                    .andExpect(jsonPath("$.errors[0].message").value(lang.equals("en") ? english : chinese));
        }
    }

    @Test
    void anOversizePhotoAndAPngClaimingHugeDimensionsAreRefusedBeforeDecoding() throws Exception {
        String code = project("照片炸弹项目");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        upload(code, "2019-03", "big.jpg", big).andExpect(status().isContentTooLarge());
        upload(code, "2019-03", "bomb.png", pngHeaderOnly(100_000, 100_000))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("100000×100000")));
        upload(code, "2019-03", "wide.png", pngHeaderOnly(60_000, 1_000)).andExpect(status().isContentTooLarge());
    }

    @Test
    void aPhotoTakenInAnotherMonthIsFlaggedOutsideTheMonth() throws Exception {
        String code = project("照片月份项目");
        upload(code, "2019-03", "IMG_0002.jpg", SitePictures.jpeg(9_003, 640, 480, LocalDateTime.of(2019, 1, 20, 9, 0), false))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags", hasItem("OUTSIDE_MONTH")))
                .andExpect(jsonPath("$.notes[0]").value("拍摄时间 2019-01-20 不在填报月份 2019年3月 内"));
        upload(code, "2019-03", "no-exif.jpg", SitePictures.jpeg(9_004, 640, 480, null, false))
                .andExpect(jsonPath("$.flags", hasItem("NO_CAPTURE_TIME")))
                .andExpect(jsonPath("$.flags", not(hasItem("OUTSIDE_MONTH"))));
    }

    @Test
    void aFlaggedPhotosNotesReadInTheReadersLanguageInTheApiAndTheGalleryAndStayChineseUnderChinese() throws Exception {
        String code = project("照片语言项目");
        upload(code, "2019-03", "IMG_0009.jpg", SitePictures.jpeg(9_011, 640, 480, LocalDateTime.of(2019, 1, 20, 9, 0), false));
        String englishUpload = mvc.perform(multipart("/api/v1/projects/" + code + "/progress/2019-03/photos").param("lang", "en")
                        .file(new MockMultipartFile("file", "no-exif.jpg", "image/jpeg", SitePictures.jpeg(9_012, 640, 480, null, false)))
                        .with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<java.util.List<String>>read(englishUpload, "$.notes"))
                .containsExactly("no capture time (EXIF): the month cannot be checked");

        String english = mvc.perform(get("/api/v1/projects/" + code + "/photos").param("lang", "en").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.List<String> notes = JsonPath.read(english, "$[*].notes[*]");
        assertThat(notes).contains("taken on 2019-01-20, outside the reported month 2019-3", "no capture time (EXIF): the month cannot be checked")
                .noneMatch(SitePhotoApiTest::hasHan);
        String chinese = mvc.perform(get("/api/v1/projects/" + code + "/photos").param("lang", "zh_CN").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<java.util.List<String>>read(chinese, "$[*].notes[*]"))
                .contains("拍摄时间 2019-01-20 不在填报月份 2019年3月 内", "照片无拍摄时间（EXIF），无法核实拍摄月份");

        org.springframework.mock.web.MockHttpSession city = org.fagai.Sessions.signIn(mvc, "city");
        String gallery = mvc.perform(get("/projects/" + code + "/photos/panel").param("lang", "en").session(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(gallery).contains("taken on 2019-01-20, outside the reported month 2019-3");
        assertThat(hasHan(gallery)).as("the English gallery: " + gallery).isFalse();
        String chineseGallery = mvc.perform(get("/projects/" + code + "/photos/panel").param("lang", "zh_CN").session(city))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chineseGallery).contains("拍摄时间 2019-01-20 不在填报月份 2019年3月 内");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void aPhotoAnotherProjectUsedIsFlaggedAsDuplicateEvenResizedAndRecompressed() throws Exception {
        String first = project("原照片项目");
        String second = project("借用照片项目");
        byte[] original = SitePictures.jpeg(9_005, 1200, 900, IN_MARCH, true);
        upload(first, "2019-03", "IMG_0005.jpg", original).andExpect(jsonPath("$.flags").isEmpty());
        upload(second, "2019-04", "copy.jpg", original)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags", hasItem("DUPLICATE")))
                .andExpect(jsonPath("$.notes", hasItem("疑似重复使用照片：与 2019年3月 原照片项目照片相同")));
        BufferedImage smaller = ImageIO.read(new ByteArrayInputStream(original)).getSubimage(0, 0, 1200, 900);
        BufferedImage resized = new BufferedImage(600, 450, BufferedImage.TYPE_INT_RGB);
        resized.createGraphics().drawImage(smaller, 0, 0, 600, 450, null);
        upload(second, "2019-04", "resized.jpg", SitePictures.jpeg(resized, LocalDateTime.of(2019, 4, 2, 8, 0), false))
                .andExpect(jsonPath("$.flags", hasItem("DUPLICATE")));
        upload(second, "2019-04", "another.jpg", SitePictures.jpeg(9_006, 1200, 900, LocalDateTime.of(2019, 4, 2, 8, 0), false))
                .andExpect(jsonPath("$.flags", not(hasItem("DUPLICATE"))));
    }

    @Test
    void theThumbnailAndTheDisplayCopyAreJpegsWithoutLocationOrOtherMetadata() throws Exception {
        String code = project("缩略图项目");
        byte[] original = SitePictures.jpeg(9_007, 4000, 3000, IN_MARCH, true);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(original)).getFirstDirectoryOfType(GpsDirectory.class))
                .isNotNull();
        long id = id(upload(code, "2019-03", "IMG_0007.jpg", original).andExpect(jsonPath("$.width").value(1600)));
        byte[] thumbnail = mvc.perform(get("/api/v1/projects/" + code + "/photos/" + id + "/thumbnail").with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_JPEG))
                // the photo's own caching replaces the security headers' default (written before the handler)
                .andExpect(header().stringValues("Cache-Control", "no-cache, private"))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(320);
        byte[] display = mvc.perform(get("/api/v1/projects/" + code + "/photos/" + id).with(httpBasic("city", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        for (byte[] copy : new byte[][] {thumbnail, display}) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(copy));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).isNull();
        }
        mvc.perform(get("/api/v1/projects/" + code + "/photos/" + id).with(httpBasic("district", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMonthTakesNineReportPhotosAtMostAndLeadersUploadNone() throws Exception {
        String code = project("九张照片项目");
        for (int i = 0; i < 9; i++) {
            upload(code, "2019-05", "IMG_" + i + ".jpg", SitePictures.jpeg(9_100 + i, 160, 120, null, false)).andExpect(status().isCreated());
        }
        upload(code, "2019-05", "IMG_9.jpg", SitePictures.jpeg(9_109, 160, 120, null, false))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("每月最多上传 9 张现场照片"));
        mvc.perform(multipart("/api/v1/projects/" + code + "/progress/2019-05/photos")
                        .file(new MockMultipartFile("file", "x.jpg", "image/jpeg", SitePictures.jpeg(9_110, 160, 120, null, false)))
                        .with(httpBasic("leader", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        upload(code, "2019-13", "IMG_x.jpg", SitePictures.jpeg(9_111, 160, 120, null, false)).andExpect(status().isBadRequest());
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PNG whose header claims these dimensions, with a tiny (invalid) image data chunk: a decompression bomb's shape. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 2 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9C});
        chunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue());
    }
}
