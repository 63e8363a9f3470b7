package vn.ansinh.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/**
 * The seed programme's document as DOCX and PDF, read back with POI and PDFBox: the text with its
 * figures filled in from the data, the 16 signatures, Biểu 1–3 with their computed totals, and the
 * figures of the text equal to the totals of the tables. Vietnamese letters intact in both.
 */
@IntegrationTest
class ProgrammeDocumentTest {

    static final String DOCUMENT = "/programmes/1/document";
    static final List<String> SIGNATORIES = List.of("UBND HUYỆN CAM LỘ", "UBMTTQVN HUYỆN CAM LỘ",
            "ĐOÀN THANH NIÊN HUYỆN CAM LỘ", "HỘI LHPN HUYỆN CAM LỘ", "HỘI NÔNG DÂN HUYỆN CAM LỘ", "HỘI CCB HUYỆN CAM LỘ",
            "HỘI CAO TUỔI HUYỆN CAM LỘ", "UBND XÃ CAM AN", "UBND XÃ CAM THANH", "UBND XÃ CAM THỦY", "UBND XÃ CAM HIẾU",
            "UBND TT CAM LỘ", "UBND XÃ CAM THÀNH", "UBND XÃ CAM TUYỀN", "UBND XÃ CAM CHÍNH", "UBND XÃ CAM NGHĨA");
    static final String BIEU_1 = "Biểu số 1: CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN";
    static final String BIEU_2 = "Biểu số 2: GIẢM NGHÈO NĂM 2019";
    static final String BIEU_3 = "Biểu số 3: TỔNG HỢP SỐ LƯỢNG HỘ NGHÈO CÁC HỘI ĐOÀN THỂ 2019";
    static final String TOTAL = "Tổng cộng";

    @Autowired
    MockMvc mvc;

    @Test
    void bothFormatsDownloadAsAttachmentsNamedAfterTheYear() throws Exception {
        mvc.perform(get(DOCUMENT + ".docx")).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"chuong-trinh-phoi-hop-2019.docx\""));
        mvc.perform(get(DOCUMENT + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"chuong-trinh-phoi-hop-2019.pdf\""));
    }

    @Test
    void anUnknownProgrammeHasNoDocument() throws Exception {
        mvc.perform(get("/programmes/999999/document.docx")).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/999999/document.pdf")).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void theTextIsThereWithItsFiguresFilledInFromTheData(String format) throws Exception {
        DocumentText text = text(format);

        assertThat(text.lines()).contains("CHƯƠNG TRÌNH PHỐI HỢP", "THỰC HIỆN KẾ HOẠCH NGÀNH LAO ĐỘNG –TB&XH NĂM 2019",
                "I. MỤC ĐÍCH", "II. NỘI DUNG PHỐI HỢP", "1. UBND huyện:", "III. Các chỉ tiêu:",
                "2. Lao động -việc làm- dạy nghề:", "3. Về lĩnh vực giảm nghèo", "2.5. Phối hợp chung:", "Nơi nhận:",
                "- Sở LĐ-TB&XH;", "- Lưu: VT.");
        assertThat(text.flat()).contains("UBND HUYỆN CAM LỘ", "Số: … /CTrPH–UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Cam Lộ, ngày … tháng 02 năm 2019",
                "giải quyết việc làm cho 1.296/1.200 lao động", "tư vấn xuất khẩu lao động cho 150 lao động",
                "Giảm nghèo năm 2019: 0,56%", "gồm: 82 hộ( 0,56%)", "Đoàn thanh niên: 05 hộ", "- 9/9 xã, thị trấn",
                "Trên đây là các nội dung phối hợp")
                .doesNotContain("1.297", "1297", "149 lao động");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void vietnameseLettersAreIntact(String format) throws Exception {
        assertThat(text(format).flat()).contains("Cam Thủy", "huyện", "Đoàn thanh niên", "ĐOÀN THANH NIÊN HUYỆN CAM LỘ",
                "Người có công", "Hội Phụ Nữ", "nhận ủy thác", "hỗ trợ", "Cam Nghĩa", "Cam Tuyền");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void everyPartySignsInTheOrderOfTheProgramme(String format) throws Exception {
        String block = String.join(" ", text(format).from("PHẦN KÝ KẾT CỦA UBND HUYỆN, UBMTTQVN"));
        int at = 0;
        for (String party : SIGNATORIES) {
            int found = block.indexOf(party, at);
            assertThat(found).as("%s after position %d", party, at).isGreaterThanOrEqualTo(0);
            at = found + party.length();
        }
        assertThat(block.indexOf(BIEU_1)).isGreaterThan(at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void eachAnnexTableHasItsTitleRowsAndComputedTotals(String format) throws Exception {
        DocumentText text = text(format);

        assertThat(text.flat()).contains(BIEU_1, BIEU_2, BIEU_3,
                "Kèm theo Chương trình phối hợp số … /CTrPH–UBND ngày … tháng 02 năm 2019",
                "A B 1 2 3 4 5 6 7 8 9 10=2-8 11=3-9",
                "Ghi chú: chỉ tiêu việc làm giao có cao hơn 1.296/1.200 so với KH");
        assertThat(text.row(BIEU_1, "1 Cam An")).containsExactly("3.971", "3.089", "882", "709", "1.702", "215", "74", "75", "25");
        assertThat(text.row(BIEU_1, "3 Cam Thủy")).startsWith("3.350");
        assertThat(text.row(BIEU_1, TOTAL))
                .containsExactly("30.389", "25.074", "5.315", "3.784", "12.611", "1.296", "547", "397", "150");
        assertThat(text.row(BIEU_2, "1 Cam Tuyền")).startsWith("1.411", "140", "9,92");
        assertThat(text.row(BIEU_2, TOTAL))
                .containsExactly("14.653", "609", "4,16", "82", "0,56", "527", "3,60", "82", "0,56", "527", "3,60");
        assertThat(text.row(BIEU_3, "4 Xã Cam An")).containsExactly("0", "0", "0", "0", "5", "5");
        assertThat(text.row(BIEU_3, TOTAL)).containsExactly("31", "22", "5", "3", "21", "82");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf"})
    void theFiguresOfTheTextAreTheTotalsOfTheTables(String format) throws Exception {
        DocumentText text = text(format);
        List<String> bieu1 = text.row(BIEU_1, TOTAL);
        List<String> bieu2 = text.row(BIEU_2, TOTAL);
        List<String> bieu3 = text.row(BIEU_3, TOTAL);

        // Columns 6, 7, 9 and 8 of Biểu 1, in the order the paragraph states them.
        assertThat(text.find("giải quyết việc làm cho ([\\d.]+)/[\\d.]+ lao động, Đào tạo nghề ([\\d.]+) học viên, "
                + "tư vấn xuất khẩu lao động cho ([\\d.]+) lao động, sát hạch cấp chứng chỉ nghề ([\\d.]+)"))
                .containsExactly(bieu1.get(5), bieu1.get(6), bieu1.get(8), bieu1.get(7));
        assertThat(text.find("Ghi chú: chỉ tiêu việc làm giao có cao hơn ([\\d.]+)/")).containsExactly(bieu1.get(5));
        assertThat(text.find("Giảm nghèo năm 2019: ([\\d,]+)%")).containsExactly(bieu2.get(8));
        assertThat(text.find("gồm: (\\d+) hộ\\( ([\\d,]+)%\\)")).containsExactly(bieu3.get(5), bieu2.get(8));
        List<String> associations = text.find("Hội Nông dân: (\\d+) hộ.*Hội Phụ Nữ: (\\d+) hộ.*Đoàn thanh niên: (\\d+) hộ"
                + ".*Hội CCB: (\\d+) hộ.*Hội Cao tuổi\\+Hội khác \\(UBND xã, thị trấn đảm nhận\\): (\\d+) hộ");
        assertThat(associations.stream().map(Integer::valueOf).toList())
                .isEqualTo(bieu3.subList(0, 5).stream().map(Integer::valueOf).toList());
    }

    @Test
    void theDocxIsInTimesNewRomanWithItsAnnexTablesOnLandscapePages() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
            CTSectPr last = docx.getDocument().getBody().getSectPr();
            assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((Number) last.getPgSz().getW()).intValue()).isGreaterThan(((Number) last.getPgSz().getH()).intValue());
            XWPFParagraph textEnds = docx.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr()
                    && p.getCTP().getPPr().isSetSectPr()).findFirst().orElseThrow();
            CTSectPr upright = textEnds.getCTP().getPPr().getSectPr();
            assertThat(((Number) upright.getPgSz().getW()).intValue()).isLessThan(((Number) upright.getPgSz().getH()).intValue());
            assertThat(docx.getParagraphs()).flatMap(XWPFParagraph::getRuns).isNotEmpty()
                    .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            assertThat(docx.getParagraphs().stream().filter(p -> p.getText().startsWith("I. MỤC ĐÍCH")).findFirst()
                    .orElseThrow().getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
        }
    }

    @Test
    void theDocxHeaderOfBieu1MergesItsCellsAsPrinted() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
            XWPFTable bieu1 = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("TT"))
                    .findFirst().orElseThrow();
            List<XWPFTableCell> first = bieu1.getRow(0).getTableCells();
            assertThat(first).extracting(XWPFTableCell::getText).containsExactly("TT", "Xã, thị trấn",
                    "Số LĐ trong độ tuổi (Nam: 15-60 tuổi, Nữ: 15-55 tuổi)", "Chỉ tiêu thực hiện năm 2019");
            assertThat(first).extracting(c -> span(c.getCTTc().getTcPr())).containsExactly(1, 1, 5, 4);
            assertThat(first.get(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            List<XWPFTableCell> second = bieu1.getRow(1).getTableCells();
            assertThat(second).hasSize(11);
            assertThat(second.get(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(second.get(2).getText()).isEqualTo("Trong độ tuổi");
            assertThat(bieu1.getRows()).hasSize(2 + 1 + 9 + 1);
        }
    }

    @Test
    void thePdfEmbedsItsUnicodeFontAndPrintsTheAnnexTablesOnLandscapePages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download("pdf"))) {
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
            assertThat(landscape(pdf.getPage(0))).isFalse();
            List<Integer> annexPages = pagesStartingWith(pdf, "Biểu số");
            assertThat(annexPages).hasSize(3).allSatisfy(index -> assertThat(landscape(pdf.getPage(index))).isTrue());
        }
    }

    DocumentText text(String format) throws Exception {
        byte[] content = download(format);
        return format.equals("pdf") ? DocumentText.ofPdf(content) : DocumentText.ofDocx(content);
    }

    byte[] download(String format) throws Exception {
        return mvc.perform(get(DOCUMENT + "." + format)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private static int span(CTTcPr properties) {
        return properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
    }

    /** Wider than high as shown: a page turned a quarter (/Rotate 90) shows its box's height as its width. */
    private static boolean landscape(PDPage page) {
        boolean wide = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
        return page.getRotation() % 180 == 0 ? wide : !wide;
    }

    private static List<Integer> pagesStartingWith(PDDocument pdf, String prefix) throws java.io.IOException {
        List<Integer> pages = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(pdf).strip().startsWith(prefix)) {
                pages.add(i);
            }
        }
        return pages;
    }
}
