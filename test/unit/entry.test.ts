import { describe, expect, it } from "vitest";
import { redacted } from "../../src/server/entry";

describe("the log mask (redacted)", () => {
  it("masks e-mails, quoted text and phone numbers on one line", () => {
    const text = redacted(
      'Valore "Marco Bianchi" non valido per a.verdi@comune.bari.example, tel +39 080 577 1111',
    );
    expect(text).not.toMatch(/Marco|Bianchi|verdi|577/);
    expect(text).toContain("[testo]");
    expect(text).toContain("[email]");
    expect(text).toContain("[numero]");
  });

  it("masks quoted text that runs over several lines", () => {
    const text = redacted(
      'Error: cella "Liste d\'attesa lunghe,\nsegnalate da Anna Verdi\ne dal Comune" non valida\n  at submit (Code:12:5)',
    );
    expect(text).not.toMatch(/attesa|Anna|Verdi|Comune/);
    expect(text).toContain("at submit (Code:12:5)");
  });

  it("masks nested quotes as a whole", () => {
    for (const input of [
      'nome "Marco "il Rosso" Bianchi" rifiutato',
      "nome «Marco «il Rosso» Bianchi» rifiutato",
      "nome 'Marco 'il Rosso' D'Amico' rifiutato",
      "nome “Marco “il Rosso” Bianchi” rifiutato",
    ]) {
      const text = redacted(input);
      expect(text, input).not.toMatch(/Marco|Rosso|Bianchi|Amico/);
      expect(text, input).toMatch(/^nome \[testo\] rifiutato$/);
    }
  });

  it("masks a quote left open up to the end", () => {
    expect(redacted('nome "Marco Bianchi, Comune di Bari')).toBe("nome [testo]");
  });

  it("masks numbers glued to letters", () => {
    for (const input of [
      "tel3331234567",
      "tel:3331234567",
      "Anna3331234567Verdi",
      "n.080-5771111",
      "cell.+393331234567",
    ]) {
      expect(redacted(input), input).not.toMatch(/333|577|123/);
    }
  });

  it("keeps what is not personal: apostrophes in words, line numbers, short codes", () => {
    expect(redacted("Errore dell'intervistato in Code:1234:56 (INT-00042)")).toBe(
      "Errore dell'intervistato in Code:1234:56 (INT-00042)",
    );
  });
});
