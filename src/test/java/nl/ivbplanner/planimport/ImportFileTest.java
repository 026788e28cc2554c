package nl.ivbplanner.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ivbplanner.common.InvalidFormException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What the import lets through to its readers, and the Dutch reason for everything it refuses. */
class ImportFileTest {

    @Test
    void aWorkbookAndADocumentPassWithTheirKind() throws IOException {
        assertThat(ImportFile.check("C:\\Users\\adviseur\\plan 2026.xlsx", workbook()))
                .satisfies(file -> {
                    assertThat(file.kind()).isEqualTo(ImportFile.Kind.WORKBOOK);
                    assertThat(file.name()).isEqualTo("plan 2026.xlsx");
                });
        assertThat(ImportFile.check("plan.docx", document()).kind()).isEqualTo(ImportFile.Kind.DOCUMENT);
    }

    @Test
    void anEmptyUploadAsksForAFile() {
        assertRefused(new byte[0], "import.file.required");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItIsOpened() {
        assertRefused(new byte[(int) ImportFile.MAX_SIZE + 1], "import.file.too-large");
    }

    @Test
    void textPdfAndAZipThatIsNoOfficeFileAreNotAWorkbookOrDocument() throws IOException {
        assertRefused(
                "Activiteit;Doel\nCameratoezicht;Veilig".getBytes(StandardCharsets.UTF_8), "import.file.wrong-type");
        assertRefused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "import.file.wrong-type");
        assertRefused(zip("foto.jpg", new byte[100]), "import.file.wrong-type");
    }

    @Test
    void anOldExcelFileIsAskedToBeSavedAsXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Activiteiten");
            old.write(out);
        }
        assertRefused(out.toByteArray(), "import.file.old-format");
    }

    @Test
    void aPasswordProtectedDocumentIsRecognisedAsSuch() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("geheim");
        try (OutputStream encrypted = encryptor.getDataStream(container)) {
            encrypted.write(document());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        container.writeFilesystem(out);
        container.close();

        assertRefused(out.toByteArray(), "import.file.encrypted");
    }

    @Test
    void aWorkbookWithMacrosIsRefused() throws IOException {
        assertRefused(
                zip(
                        "xl/workbook.xml",
                        "<workbook/>".getBytes(StandardCharsets.UTF_8),
                        "xl/vbaProject.bin",
                        new byte[10]),
                "import.file.macros");
        assertRefused(
                zip(
                        "[Content_Types].xml",
                        "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"
                                .getBytes(StandardCharsets.UTF_8),
                        "word/document.xml",
                        "<document/>".getBytes(StandardCharsets.UTF_8)),
                "import.file.macros");
    }

    /** 65 MB of zeros packs into well under a megabyte: counted while unpacking, not believed from the header. */
    @Test
    void aZipBombIsRefusedWhileItIsUnpacked() throws IOException {
        byte[] bomb = zip(
                "xl/workbook.xml",
                "<workbook/>".getBytes(StandardCharsets.UTF_8),
                "xl/sheet1.xml",
                new byte[(int) ImportFile.MAX_UNPACKED + 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefused(bomb, "import.file.unpacks-too-large");
    }

    @Test
    void aBrokenZipIsUnreadable() throws IOException {
        byte[] whole = workbook();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> ImportFile.check("plan.xlsx", cut))
                .isInstanceOf(InvalidFormException.class)
                .extracting(e -> ((InvalidFormException) e).problems().get(0).messageKey())
                .isIn("import.file.unreadable", "import.file.wrong-type");
    }

    private static void assertRefused(byte[] content, String messageKey) {
        assertThatThrownBy(() -> ImportFile.check("upload", content))
                .isInstanceOf(InvalidFormException.class)
                .satisfies(e -> {
                    var problem = ((InvalidFormException) e).problems().get(0);
                    assertThat(problem.field()).isEqualTo("bestand");
                    assertThat(problem.messageKey()).isEqualTo(messageKey);
                });
    }

    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Activiteiten").createRow(0).createCell(0).setCellValue("Activiteit");
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] document() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Uitvoeringsplan 2026");
            document.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
