import { getGender } from 'gender-detection-from-name';
import { STOP_WORDS } from './stop-words';

/** First names that, asked after in a shop's chat ("is Sunday available?", "is Alexa there?"), are far more often a day, a month, a season, a product, a colour, a size, a brand or a place. */
const NOT_A_NAME = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
    'lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz april mai juni juli august september oktober november dezember',
    'segunda terca quarta quinta sexta sabado domingo janeiro fevereiro abril maio junho julho agosto setembro outubro novembro dezembro',
    'lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'spring summer autumn winter christmas easter noel navidad pascua weihnachten ostern natale pasqua',
    'alexa siri cortana bixby prime premium gold silver platinum sky apple tesla mercedes porsche ford chevrolet jaguar fiat lexus dodge jeep chase visa amex',
    'paris london florence victoria india china kenya austin dallas phoenix jordan sierra nevada dakota georgia carolina virginia lincoln orlando sydney',
    'ruby amber jade pearl crystal coral ivory olive hazel rose lily daisy iris violet poppy holly ginger pepper honey candy cherry berry apple',
    'rosa blanca bianca celeste violeta perla marina clara rubia morena dorada sole luna estrella stella aurora',
    'star angel baby king queen twin double single',
    'delivery parking support service standard basic express plus pro max mini lite',
  ].join(' ').split(' '),
);

/** A first name in the lists of gender-detection-from-name (English, Spanish, French, German, Italian, Turkish), lowercased and without accents, that isn't also a common word ("the", "will" and "may" are in the lists too). */
export function isFirstName(word: string): boolean {
  return word.length >= 2 && !STOP_WORDS.has(word) && !NOT_A_NAME.has(word) && getGender(word) !== 'unknown';
}
