/**
 * Generated letters (.docx): the refusal notice with its appeal rights, and the one-time notice
 * of every missing material.
 *
 * <p>The wording is data, not code: each letter is a UTF-8 template under {@code
 * resources/letters/} ({@code refusal.txt}, {@code incomplete.txt}) whose first line is the
 * heading, with {@code {field}} placeholders; a line holding a list field is repeated once per
 * item, numbered; a line starting with {@code >} is aligned right. The county's own values (its
 * bureau, the body that hears an administrative review and the court, the review and litigation
 * periods) are {@link org.yangguang.letters.LetterProperties} ({@code yangguang.letters.*}),
 * with defaults in {@code letters/letters.properties}; {@code application.yml} or the
 * environment override them.
 *
 * <p>A letter never carries an ID number: the inputs have none, and any ID-number-shaped run
 * typed into a reason or an item is masked before it reaches the page.
 */
package org.yangguang.letters;
