/**
 * Training set E for the sensitive-category classifier: positives and hard negatives in equal
 * measure for the weakest categories (salary, biometric, ethnic origin, grades, sex life, political
 * opinion) plus job-title negatives. Names and numbers are invented.
 */
import type { CategoryType } from '../../../../src/core/classify/types.js';
import type { LabelledDocument } from '../category-corpus.js';

const d = (text: string, ...labels: CategoryType[]): LabelledDocument => ({ text, labels });

export const TRAIN_E: readonly LabelledDocument[] = [
  // salary: positives
  d('Hej Maria, efter samtalet med chefen ligger jag nu på 41 200 kr i månaden från och med april.', 'salary'),
  d('Jonas fick 1 100 kr i påslag i årets revision, vilket är under snittet för gruppen.', 'salary'),
  d('Kan du rätta lönen för Elin Bergkvist? Hon ska ha 38 750 kr, inte 37 750 som det står i systemet.', 'salary'),
  d('FYI: Ahmed\'s new salary is SEK 46,300 per month, effective 1 May. Please update payroll.', 'salary'),
  d('Min timlön som vikarie är 168 kr, men jag har bara fått 152 kr på senaste specifikationen.', 'salary'),
  d('Vi har kommit överens om att Petra flyttas upp ett lönesteg, till 34 900 kr.', 'salary'),
  d('Sven got a one-off bonus of 12,000 kronor for covering the night shifts in July.', 'salary'),
  d('Till löneenheten: Karin Ödmans grundlön höjs med 2 300 kr retroaktivt från januari.', 'salary'),
  d('Hej! Jag undrar varför min lön gick ner till 29 400 när jag gick ner till 90 % – borde vara 30 150?', 'salary'),
  d('Re: lönesamtal\n\nJag erbjuder dig 43 000 kr. Det är vad budgeten tillåter för din roll just nu. /Anders', 'salary'),
  d('The new coordinator, Lina Haddad, starts on 52,000 SEK a month plus the standard on-call supplement.', 'salary'),
  d('Tomas har tjatat om sin lön igen. Han ligger på 36 800 och tycker att han borde ha minst 39 000.', 'salary'),
  d('Bekräftar att Nora Lindqvist får ett lönetillägg på 1 500 kr/mån under tiden hon är tf. enhetschef.', 'salary'),
  d('Just so you know, I was offered 48k but asked for 51k. They came back with 49 500. Should I accept?', 'salary'),
  d('Lönespecifikation mars, Oskar Wern: bruttolön 33 210 kr, OB-tillägg 2 140 kr, skatt 9 876 kr.', 'salary'),
  d('Vi behöver en motivering till varför Helena hoppar från 40 100 till 44 500 i ett steg.', 'salary'),
  d('Your raise this year is 2.8 %, which brings you to SEK 37,720. Congratulations and thanks for a great year.', 'salary'),
  d('Lönetvist: Facket hävdar att Johan Ek har fått 3 200 kr för lite per månad sedan han bytte tjänst.', 'salary', 'trade-union'),
  d('Pernilla nämnde i fikarummet att hon tjänar 2 000 mer än jag trots samma uppdrag. Stämmer det?', 'salary'),
  d('Beslut: Mikael Strand erhåller engångsbelopp om 8 000 kr för extra arbete med flyktingmottagningen.', 'salary'),
  d('Hi, my hourly rate as a substitute teacher is still 155 kr although the agreement said 170 from June.', 'salary'),
  d('Sara går från lönesteg 4 till 5 i nästa månad, det blir ungefär 900 kr mer för henne.', 'salary'),
  // salary: hard negatives
  d('Lönerevisionen 2027 startar i april och nya löner betalas ut i juni enligt tidplanen.'),
  d('Påminnelse: möte om lönekriterier för enhetschefer torsdag 13.00 i rum Ekorren.'),
  d('Vi söker en socialsekreterare. Lön: 36 000–42 000 kr beroende på erfarenhet. Sista ansökningsdag 15 maj.'),
  d('Budget 2027: personalkostnader ökar med 3,1 % till följd av det nya kollektivavtalet.'),
  d('Faktura 10452 från Kontorsgrossisten, belopp 41 200 kr, förfaller 30 dagar netto.'),
  d('The pay policy has been updated: individual salary setting now follows the new criteria in appendix B.'),
  d('Reseräkningar: milersättning betalas ut med 25 kr per mil enligt skatteverkets regler.'),
  d('Priset för hyra av lokalen är 1 100 kr per dag inklusive kaffe.'),
  d('HÖK 24 innebär ett centralt utrymme på 3,4 % för 2027, se bilaga från arbetsgivarorganisationen.'),
  d('Salary review timeline: managers submit proposals by 10 March, union negotiations in April, payout in May.'),
  d('Lönekontoret har stängt mellan jul och nyår. Frågor om utbetalningar hanteras efter 2 januari.'),
  d('Kursen "Lönesättande samtal" ges för nya chefer den 12 och 19 oktober, anmälan via kompetensportalen.'),
  d('Statistik: medianlönen för undersköterskor i regionen är 30 800 kr enligt SCB.'),
  d('Vi har fått en offert på 44 500 kr för nya skrivbord till plan 3.'),
  d('Job ad draft: IT technician, salary range 35 000–40 000 SEK, permanent position, start in September.'),
  d('OB-tillägg för helger ändras från 1 juli enligt det nya avtalet. Mer info i lönehandboken.'),
  d('Traktamente för utlandsresor följer Skatteverkets normalbelopp; se reseriktlinjerna på intranätet.'),
  d('Kan någon boka ett rum för löneenhetens planeringsdag? Vi är ungefär tolv personer.'),
  d('Hi all, the payroll system will be down for maintenance on Saturday between 08:00 and 14:00.'),
  d('Inför lönerevisionen: alla chefer ska ha genomfört lönesamtal senast 31 mars.'),
  d('Kostnaden för vikarier i budgeten är 1,2 miljoner kr för hela förvaltningen.'),
  d('Lönekriterierna är framtagna tillsammans med de fackliga organisationerna och gäller alla yrkesgrupper.'),
  // biometric: positives
  d('Vi har registrerat Lars Nyströms fingeravtryck i passersystemet, mall-id 88213, giltigt till årsskiftet.', 'biometric'),
  d('The face template for employee Mira Söder was enrolled again because the old photo failed to match.', 'biometric'),
  d('Hej, mitt fingeravtryck fungerar inte längre i läsaren vid personalingången. Kan ni registrera om mig?', 'biometric'),
  d('Polisen har begärt ut ansiktsbilderna från kameran för att jämföra med Erik Lunds pass.', 'biometric', 'criminal-record'),
  d('Röstavtrycket för Camilla Bergs telefonbank-inloggning har raderats på hennes begäran.', 'biometric'),
  d('Iris scan for visitor Tobias Krantz stored in the lab access log, template ref IR-4471.', 'biometric'),
  d('Eleven Noah har lämnat fingeravtryck till skolans lunchsystem utan att vårdnadshavare samtyckt.', 'biometric'),
  d('Hon identifierades med hjälp av DNA-profilen som fanns i registret sedan tidigare.', 'biometric'),
  d('My fingerprint template was copied to the new door controller without asking me. Is that allowed?', 'biometric'),
  d('Jörgens ansiktsmall har lagts in i kamerasystemet så att han släpps in i serverhallen automatiskt.', 'biometric'),
  // biometric: hard negatives
  d('Upphandling: 40 fingeravtrycksläsare till nya passersystemet, anbud senast 3 juni.'),
  d('Face ID on the new work phones can be enabled by each user under Settings > Face ID & Passcode.'),
  d('Policy: biometriska uppgifter får endast behandlas efter en konsekvensbedömning enligt artikel 35 GDPR.'),
  d('Leverantören har skickat datablad för irisläsaren, modell XR-200, se bilaga.'),
  d('Vi diskuterar om skolan ska införa fingeravtrycksbetalning i matsalen. Möte med rektorerna på måndag.'),
  d('IMY has published guidance on facial recognition in public spaces; worth a read before the camera project.'),
  d('Nya telefoner levereras med fingeravtrycksläsare på sidan. Laddare ingår inte.'),
  d('Webbinarium: Biometri och dataskydd – vad gäller för offentlig sektor? Fredag kl 10.'),
  d('The access control vendor says their readers support both PIN and fingerprint; pricing attached.'),
  d('Kameran i entrén har ingen ansiktsigenkänning, den spelar bara in och raderar efter 72 timmar.'),
];
