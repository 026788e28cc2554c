package nl.ivbplanner.region;

import static nl.ivbplanner.support.Logins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.support.IvbIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The region view downloads as a workbook of the year it shows, with the page's figures as typed numbers: per
 * municipality, per field and municipality, and the shared partners.
 */
@IvbIntegrationTest
class RegionWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyYearsFiguresAsOnThePageAndEachYearItsOwn() throws Exception {
        try (XSSFWorkbook all = workbook("alle")) {
            assertThat(all.getSheetAt(0).getSheetName()).isEqualTo("Per gemeente");
            // Wassenaar: 21 activities, 14 green, 6 yellow, 1 red; Westland's 102 framework lines, never evaluated
            assertThat(rows(all.getSheetAt(0)))
                    .contains(
                            "Wassenaar|21|14|6|1",
                            "Westland|102|0|0|0",
                            "Leidschendam-Voorburg|40|0|0|0",
                            "Rijswijk|0|0|0|0");
            assertThat(rows(all.getSheet("Per veld")))
                    .anyMatch(row -> row.startsWith("Kernbeleid Veiligheid 1: Veilige woon- en leefomgeving|Wassenaar|")
                            && row.endsWith("|10|9|1|0"));
            assertThat(rows(all.getSheet("Gedeelde partners")))
                    .contains("Politie|Leidschendam-Voorburg, Wassenaar, Westland|41|0|0|41");
        }
        try (XSSFWorkbook in2022 = workbook("2022")) {
            assertThat(rows(in2022.getSheetAt(0))).contains("Wassenaar|0|0|0|0", "Westland|102|0|0|0");
        }
        mvc.perform(get("/regio.xlsx").param("jaar", "1990").with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regio.xlsx")).andExpect(status().is3xxRedirection());
    }

    private XSSFWorkbook workbook(String year) throws Exception {
        byte[] body = mvc.perform(get("/regio.xlsx").param("jaar", year).with(as(jdbc, "raadslid.rijswijk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    /** Each row below the header as its cells joined by '|', numbers as whole numbers. */
    private static List<String> rows(Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(
                    switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    }));
            rows.add(String.join("|", cells));
        }
        return rows;
    }
}
