// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;

/**
 * A streaming reader of the sheets of an XLSX workbook: the sheets are found by name through the
 * workbook and its relationships, the shared strings are loaded once, and each sheet's rows are
 * handed over one by one as text cells, so that memory does not grow with the sheet.
 */
public final class XlsxReader implements AutoCloseable {

    private static final String REL_OFFICE_DOCUMENT = "/officeDocument"; //$NON-NLS-1$
    private static final String REL_WORKSHEET = "/worksheet"; //$NON-NLS-1$
    private static final String REL_SHARED_STRINGS = "/sharedStrings"; //$NON-NLS-1$
    /** Columns past this are ignored: the directory has about twenty. */
    private static final int MAX_COLUMNS = 512;
    private static final int PROGRESS_EVERY_ROWS = 2048;

    private final ZipFile zip;
    private final String fileName;
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStringsPart;
    private String[] sharedStrings;

    private XlsxReader(ZipFile zip, String fileName) {
        this.zip = zip;
        this.fileName = fileName;
    }

    /**
     * Opens {@code file} and reads its list of sheets.
     *
     * @param fileName the name to show in messages
     */
    public static XlsxReader open(Path file, String fileName) throws DirectoryImportException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw Failures.of(fileName, Messages.Import_damagedZip, e);
        } catch (IOException e) {
            throw Failures.of(fileName, Messages.Import_unreadable, e);
        }
        XlsxReader reader = new XlsxReader(zip, fileName);
        try {
            reader.readWorkbook();
            return reader;
        } catch (DirectoryImportException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The sheet names, in workbook order. */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** The sheet called {@code wanted}, case ignored, or {@code null}. */
    public String findSheet(String wanted) {
        for (String name : sheets.keySet()) {
            if (name.trim().equalsIgnoreCase(wanted)) {
                return name;
            }
        }
        return null;
    }

    /** The sheet part's uncompressed size as declared (for progress only), or 0. */
    public long sheetSize(String sheet) {
        ZipEntry entry = zip.getEntry(sheets.get(sheet));
        return entry == null ? 0 : Math.max(0, entry.getSize());
    }

    /**
     * Streams the rows of {@code sheet} to {@code handler}.
     *
     * @param bytesRead told, now and then, how many uncompressed bytes of the sheet were read
     */
    public void readSheet(String sheet, RowHandler handler, LongConsumer bytesRead) throws DirectoryImportException {
        String part = sheets.get(sheet);
        if (sharedStrings == null) {
            sharedStrings = sharedStringsPart == null ? new String[0] : readSharedStrings(sharedStringsPart);
        }
        try (BoundedInputStream in = openPart(part); AutoCloseableXml xml = new AutoCloseableXml(SecureXml.open(in))) {
            readRows(xml.reader, part, handler, in, bytesRead);
        } catch (XMLStreamException e) {
            throw xmlFailure(part, e);
        } catch (IOException e) {
            throw ioFailure(part, e);
        }
    }

    private void readRows(XMLStreamReader r, String part, RowHandler handler, BoundedInputStream in,
            LongConsumer bytesRead) throws XMLStreamException, DirectoryImportException {
        String[] cells = new String[32];
        int width = 0;
        long rowNumber = 0;
        int column = -1;
        String type = null;
        String value = null;
        long rows = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> { //$NON-NLS-1$
                        String ref = r.getAttributeValue(null, "r"); //$NON-NLS-1$
                        rowNumber = ref == null ? rowNumber + 1 : parseRowNumber(ref, rowNumber + 1);
                        Arrays.fill(cells, 0, width, null);
                        width = 0;
                        column = -1;
                    }
                    case "c" -> { //$NON-NLS-1$
                        String ref = r.getAttributeValue(null, "r"); //$NON-NLS-1$
                        column = ref == null ? column + 1 : parseColumn(ref);
                        type = r.getAttributeValue(null, "t"); //$NON-NLS-1$
                        value = null;
                    }
                    case "v" -> value = r.getElementText(); //$NON-NLS-1$
                    case "is" -> value = readInlineString(r); //$NON-NLS-1$
                    default -> {
                        // formulas, styles, merged cells…: not needed
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if ("c".equals(name)) { //$NON-NLS-1$
                    if (value != null && column >= 0 && column < MAX_COLUMNS) {
                        if (column >= cells.length) {
                            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                        }
                        cells[column] = "s".equals(type) ? shared(value, part, rowNumber) : value; //$NON-NLS-1$
                        width = Math.max(width, column + 1);
                    }
                } else if ("row".equals(name)) { //$NON-NLS-1$
                    handler.row(rowNumber, Arrays.copyOf(cells, width));
                    if (++rows % PROGRESS_EVERY_ROWS == 0) {
                        bytesRead.accept(in.count());
                    }
                }
            } else if (event == XMLStreamConstants.DTD) {
                throw Failures.of(fileName, Messages.Import_dtd, part);
            }
        }
        bytesRead.accept(in.count());
    }

    private String shared(String index, String part, long row) throws DirectoryImportException {
        try {
            return sharedStrings[Integer.parseInt(index.trim())];
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw Failures.of(fileName, Messages.Import_badSharedString, part, Long.valueOf(row));
        }
    }

    private static String readInlineString(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ("rPh".equals(r.getLocalName())) { //$NON-NLS-1$
                    phonetic = true;
                } else if ("t".equals(r.getLocalName()) && !phonetic) { //$NON-NLS-1$
                    text.append(r.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(r.getLocalName())) { //$NON-NLS-1$
                    phonetic = false;
                }
            }
        }
        return text.toString();
    }

    private String[] readSharedStrings(String part) throws DirectoryImportException {
        try (BoundedInputStream in = openPart(part); AutoCloseableXml xml = new AutoCloseableXml(SecureXml.open(in))) {
            XMLStreamReader r = xml.reader;
            List<String> strings = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("si".equals(r.getLocalName())) { //$NON-NLS-1$
                        strings.add(readInlineString(r));
                    } else if ("sst".equals(r.getLocalName())) { //$NON-NLS-1$
                        String unique = r.getAttributeValue(null, "uniqueCount"); //$NON-NLS-1$
                        strings = new ArrayList<>(capacity(unique));
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw Failures.of(fileName, Messages.Import_dtd, part);
                }
            }
            return strings.toArray(new String[0]);
        } catch (XMLStreamException e) {
            throw xmlFailure(part, e);
        } catch (IOException e) {
            throw ioFailure(part, e);
        }
    }

    private static int capacity(String declared) {
        try {
            // the declared count only sizes the list: never trust it for more than a hint
            return Math.max(16, Math.min(1 << 20, Integer.parseInt(declared)));
        } catch (NumberFormatException e) {
            return 1024;
        }
    }

    private void readWorkbook() throws DirectoryImportException {
        if (zip.getEntry("[Content_Types].xml") == null) { //$NON-NLS-1$
            throw Failures.of(fileName, Messages.Import_notXlsx);
        }
        String workbook = "xl/workbook.xml"; //$NON-NLS-1$
        for (Relationship rel : readRelationships("_rels/.rels", "").values()) { //$NON-NLS-1$ //$NON-NLS-2$
            if (rel.type().endsWith(REL_OFFICE_DOCUMENT)) {
                workbook = rel.target();
            }
        }
        if (zip.getEntry(workbook) == null) {
            throw Failures.of(fileName, Messages.Import_notXlsx);
        }
        String base = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : ""; //$NON-NLS-1$ //$NON-NLS-2$
        String relsPart = base + "_rels/" + workbook.substring(base.length()) + ".rels"; //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Relationship> rels = readRelationships(relsPart, base);
        for (Relationship rel : rels.values()) {
            if (rel.type().endsWith(REL_SHARED_STRINGS)) {
                sharedStringsPart = rel.target();
            }
        }
        Map<String, String> sheetIds = readSheetList(workbook);
        for (Map.Entry<String, String> sheet : sheetIds.entrySet()) {
            Relationship rel = rels.get(sheet.getValue());
            if (rel != null && rel.type().endsWith(REL_WORKSHEET) && zip.getEntry(rel.target()) != null) {
                sheets.put(sheet.getKey(), rel.target());
            }
        }
    }

    /** Sheet name to relationship id, in workbook order. */
    private Map<String, String> readSheetList(String workbook) throws DirectoryImportException {
        Map<String, String> result = new LinkedHashMap<>();
        try (BoundedInputStream in = openPart(workbook); AutoCloseableXml xml = new AutoCloseableXml(SecureXml.open(in))) {
            XMLStreamReader r = xml.reader;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) { //$NON-NLS-1$
                    String name = r.getAttributeValue(null, "name"); //$NON-NLS-1$
                    String id = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        // r:id, in the transitional or the strict relationships namespace
                        if ("id".equals(r.getAttributeLocalName(i)) && r.getAttributeNamespace(i) != null //$NON-NLS-1$
                                && !r.getAttributeNamespace(i).isEmpty()) {
                            id = r.getAttributeValue(i);
                        }
                    }
                    if (name != null && id != null) {
                        result.put(name, id);
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw Failures.of(fileName, Messages.Import_dtd, workbook);
                }
            }
        } catch (XMLStreamException e) {
            throw xmlFailure(workbook, e);
        } catch (IOException e) {
            throw ioFailure(workbook, e);
        }
        return result;
    }

    private record Relationship(String type, String target) {
    }

    private Map<String, Relationship> readRelationships(String part, String base) throws DirectoryImportException {
        Map<String, Relationship> result = new LinkedHashMap<>();
        if (zip.getEntry(part) == null) {
            return result;
        }
        try (BoundedInputStream in = openPart(part); AutoCloseableXml xml = new AutoCloseableXml(SecureXml.open(in))) {
            XMLStreamReader r = xml.reader;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) { //$NON-NLS-1$
                    String id = r.getAttributeValue(null, "Id"); //$NON-NLS-1$
                    String type = r.getAttributeValue(null, "Type"); //$NON-NLS-1$
                    String target = r.getAttributeValue(null, "Target"); //$NON-NLS-1$
                    if (id != null && type != null && target != null) {
                        result.put(id, new Relationship(type, resolve(base, target)));
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw Failures.of(fileName, Messages.Import_dtd, part);
                }
            }
        } catch (XMLStreamException e) {
            throw xmlFailure(part, e);
        } catch (IOException e) {
            throw ioFailure(part, e);
        }
        return result;
    }

    /** A part name from a relationship target, relative to {@code base} unless absolute. */
    static String resolve(String base, String target) {
        String path = target.startsWith("/") ? target.substring(1) : base + target; //$NON-NLS-1$
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) { //$NON-NLS-1$
            if ("..".equals(segment)) { //$NON-NLS-1$
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !".".equals(segment)) { //$NON-NLS-1$
                parts.add(segment);
            }
        }
        return String.join("/", parts); //$NON-NLS-1$
    }

    private BoundedInputStream openPart(String part) throws IOException, DirectoryImportException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw Failures.of(fileName, Messages.Import_missingPart, part);
        }
        InputStream raw = zip.getInputStream(entry);
        return new BoundedInputStream(new java.io.BufferedInputStream(raw, 1 << 16),
                ZipLimits.limitFor(entry.getCompressedSize()));
    }

    /** The parser wraps what went wrong underneath: a zip bomb or a damaged zip is not bad XML. */
    private DirectoryImportException xmlFailure(String part, XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof IOException io) {
                return ioFailure(part, io);
            }
        }
        return Failures.of(fileName, Messages.Import_badXml, part, e);
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
    }

    private DirectoryImportException ioFailure(String part, IOException e) {
        if (e instanceof BoundedInputStream.LimitExceededException) {
            return Failures.of(fileName, Messages.Import_zipBomb, part);
        }
        if (e instanceof ZipException || e instanceof java.io.EOFException) {
            return Failures.of(fileName, Messages.Import_damagedZip, e);
        }
        return Failures.of(fileName, Messages.Import_unreadable, e);
    }

    private static long parseRowNumber(String ref, long fallback) {
        try {
            return Long.parseLong(ref.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    static int parseColumn(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing was written that a failed close could lose
        }
    }

    /** Lets try-with-resources close an {@link XMLStreamReader}. */
    private static final class AutoCloseableXml implements AutoCloseable {
        final XMLStreamReader reader;

        AutoCloseableXml(XMLStreamReader reader) {
            this.reader = reader;
        }

        @Override
        public void close() throws XMLStreamException {
            reader.close();
        }
    }
}
