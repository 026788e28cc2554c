package nl.ivbplanner.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.ivbplanner.common.InvalidFormException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded file that may be handed to a reader: an Office Open XML workbook or document, at most 20 MB, not
 * password-protected, without macros, and not unpacking into more than {@link #MAX_UNPACKED} bytes (a zip bomb). Every
 * refusal is an {@link InvalidFormException} on the upload field with a Dutch message; nothing is read further.
 */
record ImportFile(String name, byte[] content, Kind kind) {

    enum Kind {
        WORKBOOK,
        DOCUMENT
    }

    static final String FIELD = "bestand";
    static final int MAX_SIZE_MB = 20;
    static final long MAX_SIZE = MAX_SIZE_MB * 1024L * 1024;

    /**
     * What the parts of a file may unpack to together. POI then holds them in memory as XML trees several times that
     * size, so this bounds the heap one import can take.
     */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    /** Reads the upload only when its size allows: a file of 100 MB is refused without being held in memory. */
    static ImportFile check(String originalName, long size, InputStreamSource upload) {
        if (size <= 0) {
            throw refused("import.file.required");
        }
        if (size > MAX_SIZE) {
            throw refused("import.file.too-large");
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) MAX_SIZE + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read from its temporary file", e);
        }
        return check(originalName, content);
    }

    static ImportFile check(String originalName, byte[] content) {
        if (content.length == 0) {
            throw refused("import.file.required");
        }
        if (content.length > MAX_SIZE) {
            throw refused("import.file.too-large");
        }
        FileMagic magic = magic(content);
        if (magic == FileMagic.OLE2) {
            throw refused(encrypted(content) ? "import.file.encrypted" : "import.file.old-format");
        }
        if (magic != FileMagic.OOXML) {
            throw refused("import.file.wrong-type");
        }
        return new ImportFile(name(originalName), content, inspect(content));
    }

    /** Walks every part of the zip, counting what it really unpacks to rather than trusting the sizes it declares. */
    private static Kind inspect(byte[] content) {
        boolean workbook = false;
        boolean document = false;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String part = entry.getName();
                if (part.endsWith("vbaProject.bin")) {
                    throw refused("import.file.macros");
                }
                workbook |= part.equals("xl/workbook.xml");
                document |= part.equals("word/document.xml");
                boolean contentTypes = part.equals("[Content_Types].xml");
                StringBuilder types = new StringBuilder();
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED) {
                        throw refused("import.file.unpacks-too-large");
                    }
                    if (contentTypes) {
                        types.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
                if (contentTypes && types.toString().contains("macroEnabled")) {
                    throw refused("import.file.macros");
                }
            }
        } catch (IOException e) {
            throw refused("import.file.unreadable");
        }
        if (workbook == document) {
            throw refused("import.file.wrong-type");
        }
        return workbook ? Kind.WORKBOOK : Kind.DOCUMENT;
    }

    private static FileMagic magic(byte[] content) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** Excel and Word keep a password-protected .xlsx or .docx in an OLE2 container with its encryption header. */
    private static boolean encrypted(byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return container.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The name as the user's system gave it, without its folders (some browsers send a full path). */
    private static String name(String originalName) {
        String name = originalName == null
                ? ""
                : originalName.replaceAll("^.*[/\\\\]", "").strip();
        return name.isEmpty() ? "bestand" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static InvalidFormException refused(String messageKey) {
        return new InvalidFormException(FIELD, messageKey, MAX_SIZE_MB);
    }
}
