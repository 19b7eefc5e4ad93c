/**
 * Given names in the scripts and transliterations news uses for Russian, Ukrainian and Western people.
 * A capitalised pair starting with one of these is a person; inflected forms (Максима, Dmitrijaus) are
 * recognised by stem, and the canonical (nominative) spelling is taken from this list.
 */
import { fold } from './fold';

const GIVEN = `
Igor Ivan Vladimir Vladislav Vladislaw Sergei Sergey Sergej Sergiej Siergiej Serhiy Serhii Sergiy Dmitry Dmitri Dmitrij Dmytro Dmitrijus
Alexei Aleksei Alexey Aleksey Aleksiej Oleksiy Oleksii Alexander Aleksandr Alexandr Aleksander Oleksandr Aleksandras Andrei Andrey Andrij Andrii Andriy Andrzej Andreï Andrejus
Mikhail Michail Michał Mykhailo Nikolai Nikolay Nikolaj Mykola Pavel Pavlo Paweł Pyotr Petr Piotr Petro Yevgeny Yevgeniy Evgeny Evgeniy Jewgienij Jevgeni Jevgenij Yevhen Eugen Eugene
Maxim Maksim Maksym Maksymilian Artem Artyom Artiom Artem Denis Denys Oleg Olegas Roman Ruslan Viktor Victor Wiktor Vadim Vadym Wadim Anton Kirill Kiril Kyrylo Cyryl Konstantin Kostiantyn
Ilya Illia Ilia Yuri Yury Yuriy Jurij Jurgis Gennady Gennadiy Gennadij Grigory Grigori Hryhoriy Boris Leonid Stanislav Stanisław Timur Ramzan Vasily Vasyl Wasyl Fyodor Fedor Anatoly Anatolii
Arseny Arsenij Bogdan Bohdan Daniil Danylo Egor Yegor Jegor Nikita Mykyta Stepan Semyon Taras Volodymyr Vitaly Vitaliy Vitalii Valery Valeriy Valerij Vyacheslav Viacheslav Yaroslav Jaroslav
Georgy Georgiy Heorhiy Gleb Lev Matvei Mark Rustam Rinat Aslan Akhmed Magomed Alibek Zakhar Zakhar Arkady Arkadiy Eduard Emil Filipp Gavriil German Innokenty Kuzma Makar Nazar Ostap Rostislav Rostyslav Savva Trofim Vsevolod Yakov Yan Yevgeni Efim
Maria Marija Mariya Maryna Marina Anna Hanna Olga Olha Elena Yelena Olena Irina Iryna Natalia Natalya Nataliya Tatiana Tatyana Tetiana Svetlana Ekaterina Yekaterina Kateryna Yulia Yuliia Julia Lyudmila Liudmyla Valentina Daria Darya Alina Anastasia Oksana Polina Sofia Vera Nadezhda Larisa Galina Lilia Alla
Marta Matilda John James David Michael Peter Paul Thomas Robert Richard William Joseph Charles George Daniel Jan Tomasz Krzysztof Marek Jakub Josef Jiří Karel Petra Hans Klaus Jürgen Wolfgang Stefan Martin Jean Pierre Jacques François Marco Giuseppe Giovanni Luca José Juan Carlos Pedro Javier Miguel Antonio Pieter Willem Jonas Tomas Mantas Gabrielius Brynjulf Lars Olaf Emmanuel Olaf Antony Anthony Kaja Ursula Josep Mette Gabriel Marie Kamala Joe Donald Emmanuel Boris Rishi Keir Volodymyr Andriy
Игорь Иван Владимир Владислав Сергей Дмитрий Алексей Александр Андрей Михаил Николай Павел Пётр Петр Евгений Максим Артём Артем Денис Олег Роман Руслан Виктор Вадим Антон Кирилл Константин
Илья Юрий Геннадий Григорий Борис Леонид Станислав Тимур Рамзан Василий Фёдор Федор Анатолий Арсений Богдан Даниил Егор Никита Степан Семён Семен Тарас Виталий Валерий Вячеслав Ярослав Георгий Глеб Лев Матвей Марк Рустам Ринат Аслан Ахмед Магомед Захар Аркадий Эдуард Филипп Яков Ян Ефим
Мария Анна Ольга Елена Ирина Наталья Татьяна Светлана Екатерина Юлия Людмила Валентина Дарья Алина Анастасия Оксана Полина София Вера Надежда Лариса Галина
Сергій Дмитро Олексій Олександр Андрій Михайло Микола Павло Петро Євген Максим Артем Денис Олег Роман Віктор Вадим Антон Кирило Костянтин Ілля Юрій Геннадій Григорій Борис Леонід Станіслав Василь Федір Анатолій Богдан Данило Єгор Никита Степан Тарас Володимир Віталій Валерій Вячеслав Ярослав Георгій Захар Ігор Іван Владислав
Марія Ганна Ольга Олена Ірина Наталія Тетяна Світлана Катерина Юлія Людмила Валентина Дарія Аліна Анастасія Оксана Поліна Софія Віра Надія Лариса Галина
Iwan Aleksiej Dmitrij Władimir Władysław Wiaczesław Jewgienij Michaił Nikołaj Andriej Walerij Witalij Ołeksandr Jurij Gienadij Grigorij Konstanty Wasilij Fiodor Anatolij Jegor Maksym Roman Ruslan Wiktor
Sergej Alexej Jevgenij Michail Vjačeslav Valerij Vitalij Grigorij Anatolij Fjodor Jegor Maxim Vladimír Jurij
Ivanas Igoris Sergejus Aleksejus Aleksandras Vladimiras Maksimas Jevgenijus Nikolajus Michailas Pavelas Vadimas Viktoras Romanas Denisas Artiomas Antonas Kirilas Jurijus Olegas Ruslanas Vitalijus Valerijus Dmitrijus
ნიკოლაი ალექსეი ალექსანდრე ალექსანდრ დმიტრი სერგეი ივანე ივან ანდრეი მიხეილ მიხაილ პაველ ოლეგ ვლადიმერ ვლადიმირ მაქსიმ ევგენი იგორ არტიომ დენის რომან ვიქტორ ვადიმ ანტონ კირილ ილია იური ბორის გიორგი დავით ნიკა ლაშა ირაკლი
Helen Susan Claire Sarah Laura Emma Anne Ilja Jewgeni Juri Wladimir Timofei Timofey Timofej Arseni Pawel Witali Waleri Grigorij Jurij Konstantin Wiktor
Iván Serguéi Alekséi Dmitri Yevgueni Mijaíl Nikolái Andréi Vladímir Alexéi Guennadi Kiril Piotr Fiódor Anatoli Yegor Maksim
Sergueï Alexeï Dmitri Evgueni Mikhaïl Nikolaï Andreï Guennadi Iouri Vadim Viktor Fiodor Anatoli Egor
Артьом Алексей Дмитрий Сергей Евгени Михаил Николай Кирил Юри Владимир Андрей Пламен Стоян Георги Димитър Петър Христо
Алексеј Сергеј Дмитриј Артјом Јевгениј Михаил Николај Јуриј Андреј Максим Владимир Александар Никола Милош Марко Стефан Душан
Aleksej Sergej Dmitrij Artjom Jevgenij Jevgenije Mihail Mihailo Nikolaj Jurij Andrej Maksim Aleksandar Nikola Miloš Dušan
Aleksey Dmitriy Artyom Yevgeni Yevgeniy Mihail Nikolay Yuriy Vladimir Andrey Sergey Maksim Kirill
Alekszej Szergej Dmitrij Artyom Jevgenyij Mihail Makszim Vlagyimir Nyikolaj Andrej Iván Jurij Oleg Gábor László István
Aleksejs Sergejs Dmitrijs Artjoms Jevgeņijs Maksims Mihails Nikolajs Jurijs Vladimirs Ivans Andrejs Olegs Deniss Romans Antons Kirils Pāvels Igors Viktors Vadims Jānis Andris
Aleksei Sergei Dmitri Artjom Jevgeni Mihail Nikolai Juri Aleksandr Matti Mikko Juha Erik Johan Anders
Serguei Ievgueni Iúri Artiom Dmitri Aleksandr Alexandre Mikhail João António
`;

const LIST = [...new Set(GIVEN.split(/\s+/).filter(Boolean))];

/** The stem used to recognise inflected given names: the folded name minus a final vowel, ь or й. */
function stem(name: string): string {
  const f = fold(name);
  return f.length > 4 ? f.replace(/(?:ий|ій|ей|ь|й|[aeiouyаяеоуыиіюєї])$/u, '') : f;
}

const STEMS = LIST.map((n) => ({ name: n, stem: stem(n), folded: fold(n) })).sort((a, b) => b.stem.length - a.stem.length);

/** The canonical given name for a token (Максима → Максим, Dmitrijaus → Dmitrijus), or null. */
export function givenName(token: string): string | null {
  const f = fold(token);
  const exact = STEMS.find((s) => s.folded === f);
  if (exact) return exact.name;
  for (const s of STEMS) {
    if (s.stem.length < 3 || !f.startsWith(s.stem)) continue;
    const rest = f.slice(s.stem.length);
    // Case endings only: "Ivanov", "Romania", "Janowski" are other words that merely start with a name.
    if (
      rest.length > 3 ||
      f.length < s.folded.length - 1 ||
      /^(?:ov|ev|jev|iev|yev|ow|ew|jew|iew|ин|ов|ев|єв|sk|ск|ia|iu|ij[ae]|ien)/u.test(rest)
    )
      continue;
    return s.name;
  }
  return null;
}
