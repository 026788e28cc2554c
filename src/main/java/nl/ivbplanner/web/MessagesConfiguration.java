package nl.ivbplanner.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts users see: Dutch {@code messages.properties} with English beside it. A number in a plain placeholder
 * ({@code {0}}) is written as it is: most are years, and MessageFormat would print 2027 as '2.027'. Placeholders that
 * say how to format ({@code {0,number,integer}}, {@code {0,choice,...}}) keep doing so.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {
            @Override
            protected MessageFormat createMessageFormat(String msg, Locale locale) {
                MessageFormat format = super.createMessageFormat(msg, locale);
                Format[] formats = format.getFormatsByArgumentIndex();
                for (int i = 0; i < formats.length; i++) {
                    if (formats[i] == null) {
                        format.setFormatByArgumentIndex(i, new PlainFormat(locale));
                    }
                }
                return format;
            }
        };
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Numbers without grouping (with the language's decimal sign), anything else as its text. */
    private static final class PlainFormat extends Format {

        private final Locale locale;

        PlainFormat(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer target, FieldPosition position) {
            if (value instanceof Number number) {
                return target.append(
                        new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale)).format(number));
            }
            return target.append(value);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
