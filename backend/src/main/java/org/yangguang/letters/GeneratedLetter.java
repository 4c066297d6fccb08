package org.yangguang.letters;

import java.util.Arrays;

/** A finished letter, ready to be downloaded or stored as an attachment. */
public record GeneratedLetter(String fileName, String contentType, byte[] content) {

    public GeneratedLetter {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedLetter letter
                && fileName.equals(letter.fileName)
                && contentType.equals(letter.contentType)
                && Arrays.equals(content, letter.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "GeneratedLetter[fileName=" + fileName + ", contentType=" + contentType + ", bytes=" + content.length
                + "]";
    }
}
