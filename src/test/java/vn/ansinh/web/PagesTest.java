package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/** Server-rendered pages in Vietnamese, with the seed programme. */
@IntegrationTest
class PagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homeOpensTheNewestProgramme() throws Exception {
        String location = mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/programmes/");
    }

    @Test
    void programmePageShowsPurposesDutiesTargetsAndSixteenSignatories() throws Exception {
        String page = page("/programmes/1");
        assertThat(page).contains("CHƯƠNG TRÌNH PHỐI HỢP", "I. MỤC ĐÍCH", "II. NỘI DUNG PHỐI HỢP", "1. UBND huyện:",
                "III. Các chỉ tiêu:", "3. Về lĩnh vực giảm nghèo", "Hội Nông dân: 31 hộ", "2.5. Phối hợp chung:",
                "Nơi nhận:", "PHẦN KÝ KẾT CỦA UBND HUYỆN, UBMTTQVN", "UBND XÃ CAM NGHĨA", "16 bên ký kết",
                "huyện Cam Lộ · năm 2019", "/programmes/1/tables/fragment");
        assertThat(page.split("class=\"signature\"", -1)).hasSize(17);
    }

    @Test
    void bieu2IsLaidOutAsPrintedInVietnameseNumbers() throws Exception {
        String page = page("/programmes/1/tables/bieu-2");
        assertThat(page).contains("Biểu số 2: GIẢM NGHÈO NĂM 2019",
                "Kèm theo Chương trình phối hợp số … /CTrPH–UBND ngày … tháng 02 năm 2019",
                "rowspan=\"3\"", "Hộ nghèo theo nhóm đối tượng", "10=2-8", "11=3-9",
                ">9,92<", ">14.653<", ">4,16<", ">3,60<", "Tổng cộng");
        assertThat(page.indexOf("Cam Tuyền")).isLessThan(page.indexOf("Cam Chính"));
    }

    @Test
    void bieu1MarksPrintedTotalsThatDisagree() throws Exception {
        String page = page("/programmes/1/tables/bieu-1");
        assertThat(page).contains(">25.074<", "in: 25.073", ">1.296<", "in: 1.297", "4 số in khác số tính");
    }

    @Test
    void allTablesFragmentHasTheThreeTables() throws Exception {
        String fragment = page("/programmes/1/tables/fragment");
        assertThat(fragment).contains("Biểu số 1", "Biểu số 2", "Biểu số 3").doesNotContain("<nav");
    }

    @Test
    void figureCheckPageListsTheSevenDisagreements() throws Exception {
        String page = page("/programmes/1/findings");
        assertThat(page).contains("Kiểm tra số liệu", "Có 7 số in khác với số tính.", "25.073", "25.074",
                "Số trong văn bản phải bằng Biểu số 1, dòng Tổng cộng, cột 6", "Ghi chú");
    }

    @Test
    void pagesSwitchToEnglish() throws Exception {
        assertThat(page("/programmes/1/findings?lang=en")).contains("Figure check", "7 printed figures differ");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
