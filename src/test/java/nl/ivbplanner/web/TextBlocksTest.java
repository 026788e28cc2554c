package nl.ivbplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ivbplanner.web.TextBlocks.Block;
import nl.ivbplanner.web.TextBlocks.Item;
import nl.ivbplanner.web.TextBlocks.Kind;
import org.junit.jupiter.api.Test;

/** How stored plain text becomes paragraphs and lists; the pages' tests show the seeded texts rendered. */
class TextBlocksTest {

    private final TextBlocks blocks = new TextBlocks();

    @Test
    void aSentenceThenNumberedLinesIsAParagraphAndAnOrderedListWithThePrintedNumbers() {
        List<Block> result = blocks.of("Het tweede spoor kent 3 focusgebieden:\n\n1. Signaalgestuurde aanpak\n"
                + "2. Risicogerichte aandachtsgebieden\n3. Professionalisering");
        assertThat(result).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.NUMBERED);
        assertThat(result.get(1).items())
                .extracting(Item::number, Item::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Signaalgestuurde aanpak"),
                        org.assertj.core.groups.Tuple.tuple(2, "Risicogerichte aandachtsgebieden"),
                        org.assertj.core.groups.Tuple.tuple(3, "Professionalisering"));
    }

    @Test
    void numbersAreKeptAsPrintedEvenWhenTheyRepeatOrSkip() {
        assertThat(blocks.of("5. Vijf\n6. Zes\n6. Nog een zes\n9. Negen").get(0).items())
                .extracting(Item::number)
                .containsExactly(5, 6, 6, 9);
    }

    @Test
    void bulletsUnderALetteredItemBelongToThatItem() {
        List<Block> result = blocks.of("Bijdrage door bovenlokale samenwerking\n\na. Samenwerken over:\n- signaleren\n"
                + "- een persoonsgerichte aanpak\nb. Paraat zijn voor TGB.\nHet uitwerken van drie pijlers:");
        assertThat(result).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.LETTERED, Kind.PARAGRAPH);
        List<Item> items = result.get(1).items();
        assertThat(items).extracting(Item::number).containsExactly(1, 2);
        assertThat(items.get(0).subItems()).containsExactly("signaleren", "een persoonsgerichte aanpak");
        assertThat(items.get(1).subItems()).isEmpty();
        assertThat(result.get(2).text()).isEqualTo("Het uitwerken van drie pijlers:");
    }

    @Test
    void bulletsAloneAreABulletedListAndWrappedLinesOneParagraph() {
        List<Block> result = blocks.of("Eerste regel\ntweede regel\n- een\n- twee\n\nNieuwe alinea");
        assertThat(result).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.BULLETS, Kind.PARAGRAPH);
        assertThat(result.get(0).text()).isEqualTo("Eerste regel tweede regel");
        assertThat(result.get(1).items()).extracting(Item::text).containsExactly("een", "twee");
    }

    @Test
    void aLineThatOnlyLooksLikeAListItemStaysProse() {
        // a lettered list starts at 'a'; a year is no list number; markup is text
        assertThat(blocks.of("o. a. de politie en de gemeente").get(0).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(blocks.of("2026. Een jaar").get(0).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(blocks.of("<b>vet</b> en **ook** niet").get(0).text()).isEqualTo("<b>vet</b> en **ook** niet");
        assertThat(blocks.of("  \n ")).isEmpty();
        assertThat(blocks.of(null)).isEmpty();
    }
}
