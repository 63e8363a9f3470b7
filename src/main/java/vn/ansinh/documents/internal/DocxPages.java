package vn.ansinh.documents.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A4 pages in twips: the text upright with the margins of administrative documents (3 cm left,
 * 2 cm elsewhere), the annex tables on landscape pages. A section's page setup is in the paragraph
 * that ends it; the last section's is the body's own.
 */
final class DocxPages {

    static final int SHORT_SIDE = 11906;
    static final int LONG_SIDE = 16838;
    static final int MARGIN = 1134;
    static final int BINDING_MARGIN = 1701;
    /** The text's width on an upright page and the tables' width on a landscape page. */
    static final int PORTRAIT_WIDTH = SHORT_SIDE - BINDING_MARGIN - MARGIN;
    static final int LANDSCAPE_WIDTH = LONG_SIDE - 2 * MARGIN;

    private DocxPages() {
    }

    /** Ends the upright section here: what follows starts on a new page. */
    static void endPortraitSection(XWPFDocument docx) {
        XWPFParagraph paragraph = docx.createParagraph();
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        portrait(properties.addNewSectPr());
    }

    /** The page setup of the last section: landscape where it holds the annex tables. */
    static void lastSection(XWPFDocument docx, boolean landscape) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (landscape) {
            setup(section, LONG_SIDE, SHORT_SIDE, MARGIN);
            section.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
        } else {
            portrait(section);
        }
    }

    private static void portrait(CTSectPr section) {
        setup(section, SHORT_SIDE, LONG_SIDE, BINDING_MARGIN);
    }

    private static void setup(CTSectPr section, int width, int height, int left) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }
}
