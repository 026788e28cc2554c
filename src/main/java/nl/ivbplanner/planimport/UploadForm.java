package nl.ivbplanner.planimport;

import org.springframework.web.multipart.MultipartFile;

/** The upload page's form: the workbook or document to import. */
record UploadForm(MultipartFile bestand) {}
