/**
 * What the gateway says to members, in the site's six languages. The gateway
 * does not import Docusaurus, so its strings live here; the types make every
 * message exist in every language. Numbers are the only parameters: a
 * member's own text never goes through a message.
 */
import {LOCALES} from '../plugins/catalogue/types';
import type {Locale} from '../plugins/catalogue/types';

type Text = Record<Locale, string>;
type Counted = Record<Locale, (n: number) => string>;

export const TEXT = {
  receivedTitle: {en: 'Check your email', ar: 'تحقّق من بريدك الإلكتروني', es: 'Revise su correo electrónico', fr: 'Consultez vos e-mails', ru: 'Проверьте почту', zh: '请查收电子邮件'},
  received: {
    en: 'We have sent a link to the address you gave. Open it within 48 hours to confirm your question: until then, nothing is sent to the moderators.',
    ar: 'أرسلنا رابطًا إلى العنوان الذي قدّمته. افتحه خلال 48 ساعة لتأكيد سؤالك: لن يُرسل شيء إلى المشرفين قبل ذلك.',
    es: 'Hemos enviado un enlace a la dirección que indicó. Ábralo en un plazo de 48 horas para confirmar su pregunta: hasta entonces no se envía nada a los moderadores.',
    fr: 'Nous avons envoyé un lien à l’adresse indiquée. Ouvrez-le dans les 48 heures pour confirmer votre question : d’ici là, rien n’est transmis aux modérateurs.',
    ru: 'Мы отправили ссылку на указанный адрес. Откройте её в течение 48 часов, чтобы подтвердить вопрос: до этого модераторы ничего не получат.',
    zh: '我们已向您提供的地址发送了一个链接。请在 48 小时内打开该链接以确认您的问题：在此之前，不会向版主发送任何内容。',
  },
  refusedTitle: {en: 'Your question was not sent', ar: 'لم يُرسَل سؤالك', es: 'Su pregunta no se ha enviado', fr: 'Votre question n’a pas été envoyée', ru: 'Ваш вопрос не отправлен', zh: '您的问题未发送'},
  backToForm: {en: 'Back to the form', ar: 'العودة إلى النموذج', es: 'Volver al formulario', fr: 'Retour au formulaire', ru: 'Вернуться к форме', zh: '返回表单'},
  confirmTitle: {en: 'Confirm your question', ar: 'أكِّد سؤالك', es: 'Confirme su pregunta', fr: 'Confirmez votre question', ru: 'Подтвердите вопрос', zh: '确认您的问题'},
  confirmIntro: {
    en: 'Press the button to confirm your question. A moderator will then review it before it appears in the forum.',
    ar: 'اضغط على الزر لتأكيد سؤالك. سيراجعه أحد المشرفين قبل أن يظهر في المنتدى.',
    es: 'Pulse el botón para confirmar su pregunta. Un moderador la revisará antes de que aparezca en el foro.',
    fr: 'Appuyez sur le bouton pour confirmer votre question. Un modérateur la relira avant qu’elle paraisse dans le forum.',
    ru: 'Нажмите кнопку, чтобы подтвердить вопрос. Модератор проверит его, прежде чем он появится на форуме.',
    zh: '请按下按钮确认您的问题。版主审核后，问题才会出现在论坛中。',
  },
  confirmButton: {en: 'Confirm my question', ar: 'تأكيد سؤالي', es: 'Confirmar mi pregunta', fr: 'Confirmer ma question', ru: 'Подтвердить вопрос', zh: '确认我的问题'},
  confirmedTitle: {en: 'Your question is confirmed', ar: 'تم تأكيد سؤالك', es: 'Su pregunta está confirmada', fr: 'Votre question est confirmée', ru: 'Ваш вопрос подтверждён', zh: '您的问题已确认'},
  confirmed: {
    en: 'Thank you. A moderator will review your question; you will get an email when it appears in the forum.',
    ar: 'شكرًا لك. سيراجع أحد المشرفين سؤالك، وستتلقى رسالة بريد إلكتروني عندما يظهر في المنتدى.',
    es: 'Gracias. Un moderador revisará su pregunta; recibirá un correo cuando aparezca en el foro.',
    fr: 'Merci. Un modérateur va relire votre question ; vous recevrez un e-mail quand elle paraîtra dans le forum.',
    ru: 'Спасибо. Модератор проверит ваш вопрос; вы получите письмо, когда он появится на форуме.',
    zh: '谢谢。版主将审核您的问题；问题出现在论坛中时，您会收到电子邮件。',
  },
  linkTitle: {en: 'This link does not work', ar: 'هذا الرابط لا يعمل', es: 'Este enlace no funciona', fr: 'Ce lien ne fonctionne pas', ru: 'Эта ссылка не работает', zh: '此链接无效'},
  linkInvalid: {
    en: 'The link is incomplete or was changed. Copy the whole link from the email.',
    ar: 'الرابط ناقص أو تم تغييره. انسخ الرابط كاملًا من الرسالة.',
    es: 'El enlace está incompleto o ha sido modificado. Copie el enlace completo del correo.',
    fr: 'Le lien est incomplet ou a été modifié. Copiez le lien entier depuis l’e-mail.',
    ru: 'Ссылка неполная или изменена. Скопируйте всю ссылку из письма.',
    zh: '链接不完整或已被更改。请从邮件中复制完整链接。',
  },
  linkExpired: {
    en: 'This link has expired or was already used. If your question is not confirmed, please ask it again.',
    ar: 'انتهت صلاحية هذا الرابط أو سبق استخدامه. إذا لم يُؤكَّد سؤالك، فيُرجى طرحه مرة أخرى.',
    es: 'Este enlace ha caducado o ya se ha usado. Si su pregunta no está confirmada, vuelva a hacerla.',
    fr: 'Ce lien a expiré ou a déjà servi. Si votre question n’est pas confirmée, posez-la à nouveau.',
    ru: 'Срок действия ссылки истёк, или она уже использована. Если вопрос не подтверждён, задайте его снова.',
    zh: '此链接已过期或已被使用。如果您的问题尚未确认，请重新提问。',
  },
  titleMissing: {en: 'Please give your question a title.', ar: 'يُرجى إعطاء سؤالك عنوانًا.', es: 'Dé un título a su pregunta.', fr: 'Donnez un titre à votre question.', ru: 'Укажите заголовок вопроса.', zh: '请为您的问题填写标题。'},
  questionMissing: {en: 'Please write your question.', ar: 'يُرجى كتابة سؤالك.', es: 'Escriba su pregunta.', fr: 'Écrivez votre question.', ru: 'Напишите ваш вопрос.', zh: '请填写您的问题。'},
  emailInvalid: {
    en: 'Please give a valid email address: the confirmation link is sent there.',
    ar: 'يُرجى إدخال عنوان بريد إلكتروني صالح: يُرسَل إليه رابط التأكيد.',
    es: 'Indique una dirección de correo válida: el enlace de confirmación se envía allí.',
    fr: 'Indiquez une adresse e-mail valide : le lien de confirmation y est envoyé.',
    ru: 'Укажите действующий адрес электронной почты: на него придёт ссылка для подтверждения.',
    zh: '请填写有效的电子邮件地址：确认链接将发送到该地址。',
  },
  studyGroupInvalid: {en: 'Choose a study group from the list.', ar: 'اختر لجنة دراسات من القائمة.', es: 'Elija una comisión de estudio de la lista.', fr: 'Choisissez une commission d’études dans la liste.', ru: 'Выберите исследовательскую комиссию из списка.', zh: '请从列表中选择一个研究组。'},
  recommendationInvalid: {
    en: 'Write Recommendations as in the catalogue, for example E.164 or G.984.1, separated by commas.',
    ar: 'اكتب التوصيات كما في الفهرس، مثل E.164 أو G.984.1، مفصولة بفواصل.',
    es: 'Escriba las Recomendaciones como en el catálogo, por ejemplo E.164 o G.984.1, separadas por comas.',
    fr: 'Écrivez les Recommandations comme dans le catalogue, par exemple E.164 ou G.984.1, séparées par des virgules.',
    ru: 'Указывайте Рекомендации как в каталоге, например E.164 или G.984.1, через запятую.',
    zh: '请按目录中的写法填写建议书，例如 E.164 或 G.984.1，用逗号分隔。',
  },
  challengeMissing: {
    en: 'The anti-spam check has not finished. Wait until it says it is done, then send the form again.',
    ar: 'لم ينته فحص مكافحة الرسائل المزعجة. انتظر حتى يكتمل، ثم أرسل النموذج مرة أخرى.',
    es: 'La comprobación antispam no ha terminado. Espere a que indique que ha finalizado y vuelva a enviar el formulario.',
    fr: 'La vérification anti-spam n’est pas terminée. Attendez qu’elle l’indique, puis renvoyez le formulaire.',
    ru: 'Проверка от спама не завершена. Дождитесь её окончания и отправьте форму снова.',
    zh: '反垃圾信息检查尚未完成。请等待检查完成后再次提交表单。',
  },
  challengeFailed: {
    en: 'The anti-spam check failed or expired. Reload the form and send it again.',
    ar: 'فشل فحص مكافحة الرسائل المزعجة أو انتهت صلاحيته. أعد تحميل النموذج وأرسله مرة أخرى.',
    es: 'La comprobación antispam ha fallado o caducado. Vuelva a cargar el formulario y envíelo de nuevo.',
    fr: 'La vérification anti-spam a échoué ou expiré. Rechargez le formulaire et renvoyez-le.',
    ru: 'Проверка от спама не пройдена или устарела. Перезагрузите форму и отправьте её снова.',
    zh: '反垃圾信息检查失败或已过期。请重新加载表单后再次提交。',
  },
  challengeReused: {
    en: 'This form was already sent. Reload the page to ask another question.',
    ar: 'سبق إرسال هذا النموذج. أعد تحميل الصفحة لطرح سؤال آخر.',
    es: 'Este formulario ya se ha enviado. Vuelva a cargar la página para hacer otra pregunta.',
    fr: 'Ce formulaire a déjà été envoyé. Rechargez la page pour poser une autre question.',
    ru: 'Эта форма уже отправлена. Перезагрузите страницу, чтобы задать другой вопрос.',
    zh: '此表单已提交过。请重新加载页面以提出其他问题。',
  },
  limitBlock: {
    en: 'Too many questions were sent from your network in the last hour. Please try again later.',
    ar: 'أُرسل عدد كبير جدًا من الأسئلة من شبكتك خلال الساعة الماضية. يُرجى المحاولة لاحقًا.',
    es: 'Se han enviado demasiadas preguntas desde su red en la última hora. Inténtelo más tarde.',
    fr: 'Trop de questions ont été envoyées depuis votre réseau dans la dernière heure. Réessayez plus tard.',
    ru: 'За последний час из вашей сети отправлено слишком много вопросов. Попробуйте позже.',
    zh: '过去一小时内从您的网络发送的问题过多。请稍后再试。',
  },
  limitEmail: {
    en: 'Too many questions were sent with this email address today. Please try again tomorrow.',
    ar: 'أُرسل عدد كبير جدًا من الأسئلة بعنوان البريد الإلكتروني هذا اليوم. يُرجى المحاولة غدًا.',
    es: 'Hoy se han enviado demasiadas preguntas con esta dirección de correo. Inténtelo mañana.',
    fr: 'Trop de questions ont été envoyées avec cette adresse e-mail aujourd’hui. Réessayez demain.',
    ru: 'Сегодня с этим адресом электронной почты отправлено слишком много вопросов. Попробуйте завтра.',
    zh: '今天使用此电子邮件地址发送的问题过多。请明天再试。',
  },
  limitUnproven: {
    en: 'Too many questions were sent without the anti-spam check in the last hour. Please try again later, with JavaScript turned on, or ask on GitHub.',
    ar: 'أُرسل عدد كبير جدًا من الأسئلة دون فحص مكافحة الرسائل المزعجة خلال الساعة الماضية. يُرجى المحاولة لاحقًا مع تفعيل JavaScript، أو طرح السؤال على GitHub.',
    es: 'En la última hora se han enviado demasiadas preguntas sin la comprobación antispam. Inténtelo más tarde, con JavaScript activado, o pregunte en GitHub.',
    fr: 'Trop de questions ont été envoyées sans la vérification anti-spam dans la dernière heure. Réessayez plus tard, avec JavaScript activé, ou posez votre question sur GitHub.',
    ru: 'За последний час без проверки от спама отправлено слишком много вопросов. Попробуйте позже, включив JavaScript, или задайте вопрос на GitHub.',
    zh: '过去一小时内未经反垃圾信息检查发送的问题过多。请稍后开启 JavaScript 再试，或在 GitHub 上提问。',
  },
  originRefused: {
    en: 'This form can only be sent from the BSG Hub site.',
    ar: 'لا يمكن إرسال هذا النموذج إلا من موقع BSG Hub.',
    es: 'Este formulario solo puede enviarse desde el sitio BSG Hub.',
    fr: 'Ce formulaire ne peut être envoyé que depuis le site BSG Hub.',
    ru: 'Эту форму можно отправить только с сайта BSG Hub.',
    zh: '此表单只能从 BSG Hub 网站提交。',
  },
  unreadable: {
    en: 'The form could not be read. Send it again from the BSG Hub site.',
    ar: 'تعذّرت قراءة النموذج. أرسله مرة أخرى من موقع BSG Hub.',
    es: 'No se ha podido leer el formulario. Envíelo de nuevo desde el sitio BSG Hub.',
    fr: 'Le formulaire n’a pas pu être lu. Renvoyez-le depuis le site BSG Hub.',
    ru: 'Не удалось прочитать форму. Отправьте её снова с сайта BSG Hub.',
    zh: '无法读取表单。请从 BSG Hub 网站重新提交。',
  },
  mailSubject: {en: 'Confirm your question on BSG Hub', ar: 'أكِّد سؤالك على BSG Hub', es: 'Confirme su pregunta en BSG Hub', fr: 'Confirmez votre question sur BSG Hub', ru: 'Подтвердите вопрос на BSG Hub', zh: '在 BSG Hub 上确认您的问题'},
  mailIntro: {en: 'You asked this question on BSG Hub:', ar: 'طرحت هذا السؤال على BSG Hub:', es: 'Ha hecho esta pregunta en BSG Hub:', fr: 'Vous avez posé cette question sur BSG Hub :', ru: 'Вы задали этот вопрос на BSG Hub:', zh: '您在 BSG Hub 上提出了这个问题：'},
  mailAction: {
    en: 'Open this link within 48 hours to confirm it:',
    ar: 'افتح هذا الرابط خلال 48 ساعة لتأكيده:',
    es: 'Abra este enlace en un plazo de 48 horas para confirmarla:',
    fr: 'Ouvrez ce lien dans les 48 heures pour la confirmer :',
    ru: 'Откройте эту ссылку в течение 48 часов, чтобы подтвердить его:',
    zh: '请在 48 小时内打开此链接进行确认：',
  },
  mailDelete: {
    en: 'To delete your address and your questions from BSG Hub at any time, open this link:',
    ar: 'لحذف عنوانك وأسئلتك من BSG Hub في أي وقت، افتح هذا الرابط:',
    es: 'Para borrar su dirección y sus preguntas de BSG Hub en cualquier momento, abra este enlace:',
    fr: 'Pour effacer votre adresse et vos questions de BSG Hub à tout moment, ouvrez ce lien :',
    ru: 'Чтобы в любой момент удалить ваш адрес и ваши вопросы из BSG Hub, откройте эту ссылку:',
    zh: '如需随时从 BSG Hub 删除您的地址和问题，请打开此链接：',
  },
  deleteTitle: {en: 'Delete your address and your questions', ar: 'حذف عنوانك وأسئلتك', es: 'Borrar su dirección y sus preguntas', fr: 'Effacer votre adresse et vos questions', ru: 'Удалить ваш адрес и ваши вопросы', zh: '删除您的地址和问题'},
  deleteIntro: {
    en: 'Press the button to delete your email address and every question you sent with it. Questions already published in the forum stay there, without your address.',
    ar: 'اضغط على الزر لحذف عنوان بريدك الإلكتروني وكل سؤال أرسلته به. تبقى الأسئلة المنشورة في المنتدى، دون عنوانك.',
    es: 'Pulse el botón para borrar su dirección de correo y todas las preguntas que envió con ella. Las preguntas ya publicadas en el foro permanecen allí, sin su dirección.',
    fr: 'Appuyez sur le bouton pour effacer votre adresse e-mail et toutes les questions envoyées avec elle. Les questions déjà publiées dans le forum y restent, sans votre adresse.',
    ru: 'Нажмите кнопку, чтобы удалить ваш адрес электронной почты и все вопросы, отправленные с него. Вопросы, уже опубликованные на форуме, останутся там, без вашего адреса.',
    zh: '请按下按钮，删除您的电子邮件地址以及用该地址发送的所有问题。已在论坛发布的问题将保留，但不含您的地址。',
  },
  deleteButton: {en: 'Delete everything', ar: 'حذف كل شيء', es: 'Borrar todo', fr: 'Tout effacer', ru: 'Удалить всё', zh: '全部删除'},
  deletedTitle: {en: 'Deleted', ar: 'تم الحذف', es: 'Borrado', fr: 'Effacé', ru: 'Удалено', zh: '已删除'},
  deleted: {
    en: 'BSG Hub no longer holds your email address or the questions you sent with it.',
    ar: 'لم يعد BSG Hub يحتفظ بعنوان بريدك الإلكتروني ولا بالأسئلة التي أرسلتها به.',
    es: 'BSG Hub ya no guarda su dirección de correo ni las preguntas que envió con ella.',
    fr: 'BSG Hub ne conserve plus votre adresse e-mail ni les questions envoyées avec elle.',
    ru: 'BSG Hub больше не хранит ваш адрес электронной почты и отправленные с него вопросы.',
    zh: 'BSG Hub 不再保存您的电子邮件地址以及用该地址发送的问题。',
  },
  mailIgnore: {
    en: 'If you did not ask it, ignore this email: nothing is published without confirmation.',
    ar: 'إذا لم تطرح هذا السؤال، فتجاهل هذه الرسالة: لا يُنشر شيء دون تأكيد.',
    es: 'Si no la ha hecho usted, ignore este correo: no se publica nada sin confirmación.',
    fr: 'Si vous ne l’avez pas posée, ignorez cet e-mail : rien n’est publié sans confirmation.',
    ru: 'Если вы не задавали этот вопрос, не обращайте внимания на письмо: без подтверждения ничего не публикуется.',
    zh: '如果您没有提出此问题，请忽略此邮件：未经确认，不会发布任何内容。',
  },
  approvedSubject: {en: 'Your question is published on BSG Hub', ar: 'نُشر سؤالك على BSG Hub', es: 'Su pregunta se ha publicado en BSG Hub', fr: 'Votre question est publiée sur BSG Hub', ru: 'Ваш вопрос опубликован на BSG Hub', zh: '您的问题已在 BSG Hub 上发布'},
  approvedIntro: {
    en: 'A moderator approved your question. It is now in the forum, where experts can answer it:',
    ar: 'وافق أحد المشرفين على سؤالك. أصبح الآن في المنتدى، حيث يمكن للخبراء الإجابة عنه:',
    es: 'Un moderador ha aprobado su pregunta. Ya está en el foro, donde los expertos pueden responderla:',
    fr: 'Un modérateur a approuvé votre question. Elle est maintenant dans le forum, où des experts peuvent y répondre :',
    ru: 'Модератор одобрил ваш вопрос. Теперь он на форуме, где на него могут ответить эксперты:',
    zh: '版主已批准您的问题。问题现已发布在论坛中，专家可以在那里回答：',
  },
  approvedLink: {en: 'See your question in the forum', ar: 'اطّلع على سؤالك في المنتدى', es: 'Ver su pregunta en el foro', fr: 'Voir votre question dans le forum', ru: 'Открыть вопрос на форуме', zh: '在论坛中查看您的问题'},
  rejectedSubject: {en: 'Your question was not published on BSG Hub', ar: 'لم يُنشر سؤالك على BSG Hub', es: 'Su pregunta no se ha publicado en BSG Hub', fr: 'Votre question n’a pas été publiée sur BSG Hub', ru: 'Ваш вопрос не опубликован на BSG Hub', zh: '您的问题未在 BSG Hub 上发布'},
  rejectedIntro: {en: 'A moderator decided not to publish your question:', ar: 'قرّر أحد المشرفين عدم نشر سؤالك:', es: 'Un moderador ha decidido no publicar su pregunta:', fr: 'Un modérateur a décidé de ne pas publier votre question :', ru: 'Модератор решил не публиковать ваш вопрос:', zh: '版主决定不发布您的问题：'},
  rejectedReason: {en: 'The moderator’s reason:', ar: 'سبب المشرف:', es: 'El motivo del moderador:', fr: 'La raison donnée par le modérateur :', ru: 'Причина, указанная модератором:', zh: '版主给出的理由：'},
  rejectedNoReason: {
    en: 'The moderator gave no reason. You may ask again, in other words, from the forum’s ask page.',
    ar: 'لم يذكر المشرف سببًا. يمكنك طرح السؤال مرة أخرى بصياغة مختلفة من صفحة طرح الأسئلة في المنتدى.',
    es: 'El moderador no ha indicado ningún motivo. Puede volver a preguntar, con otras palabras, desde la página de preguntas del foro.',
    fr: 'Le modérateur n’a pas donné de raison. Vous pouvez reposer la question autrement depuis la page « Poser une question » du forum.',
    ru: 'Модератор не указал причину. Вы можете задать вопрос снова, другими словами, на странице вопросов форума.',
    zh: '版主未给出理由。您可以在论坛的提问页面换一种说法重新提问。',
  },
  mailUnsubscribe: {
    en: 'To receive no more emails from BSG Hub, open this link:',
    ar: 'لكي لا تتلقى مزيدًا من الرسائل من BSG Hub، افتح هذا الرابط:',
    es: 'Para no recibir más correos de BSG Hub, abra este enlace:',
    fr: 'Pour ne plus recevoir d’e-mails de BSG Hub, ouvrez ce lien :',
    ru: 'Чтобы больше не получать писем от BSG Hub, откройте эту ссылку:',
    zh: '如不想再收到 BSG Hub 的邮件，请打开此链接：',
  },
  unsubscribeTitle: {en: 'Stop emails from BSG Hub', ar: 'إيقاف رسائل BSG Hub', es: 'Dejar de recibir correos de BSG Hub', fr: 'Ne plus recevoir d’e-mails de BSG Hub', ru: 'Отказаться от писем BSG Hub', zh: '停止接收 BSG Hub 的邮件'},
  unsubscribeIntro: {
    en: 'Press the button to receive no more emails about your questions. Your questions stay in the forum.',
    ar: 'اضغط على الزر لكي لا تتلقى مزيدًا من الرسائل بشأن أسئلتك. تبقى أسئلتك في المنتدى.',
    es: 'Pulse el botón para no recibir más correos sobre sus preguntas. Sus preguntas permanecen en el foro.',
    fr: 'Appuyez sur le bouton pour ne plus recevoir d’e-mails au sujet de vos questions. Vos questions restent dans le forum.',
    ru: 'Нажмите кнопку, чтобы больше не получать писем о ваших вопросах. Ваши вопросы останутся на форуме.',
    zh: '请按下按钮，不再接收有关您的问题的邮件。您的问题仍保留在论坛中。',
  },
  unsubscribeButton: {en: 'Stop the emails', ar: 'إيقاف الرسائل', es: 'Dejar de recibir correos', fr: 'Ne plus recevoir d’e-mails', ru: 'Отказаться от писем', zh: '停止接收邮件'},
  unsubscribedTitle: {en: 'No more emails', ar: 'لا مزيد من الرسائل', es: 'No recibirá más correos', fr: 'Plus d’e-mails', ru: 'Писем больше не будет', zh: '不再发送邮件'},
  unsubscribed: {
    en: 'BSG Hub will send no more emails to your address.',
    ar: 'لن يرسل BSG Hub أي رسائل أخرى إلى عنوانك.',
    es: 'BSG Hub no enviará más correos a su dirección.',
    fr: 'BSG Hub n’enverra plus d’e-mails à votre adresse.',
    ru: 'BSG Hub больше не будет отправлять письма на ваш адрес.',
    zh: 'BSG Hub 将不再向您的地址发送邮件。',
  },
  answersSubject: {en: 'New answers to your question on BSG Hub', ar: 'إجابات جديدة عن سؤالك على BSG Hub', es: 'Nuevas respuestas a su pregunta en BSG Hub', fr: 'Nouvelles réponses à votre question sur BSG Hub', ru: 'Новые ответы на ваш вопрос на BSG Hub', zh: '您在 BSG Hub 上的问题有新回答'},
  answersIntro: {en: 'Your question has new answers:', ar: 'تلقّى سؤالك إجابات جديدة:', es: 'Su pregunta tiene nuevas respuestas:', fr: 'Votre question a reçu de nouvelles réponses :', ru: 'На ваш вопрос пришли новые ответы:', zh: '您的问题有新的回答：'},
  newAnswer: {en: 'An answer:', ar: 'إجابة:', es: 'Una respuesta:', fr: 'Une réponse :', ru: 'Ответ:', zh: '回答：'},
  acceptedAnswer: {en: 'The accepted answer:', ar: 'الإجابة المقبولة:', es: 'La respuesta aceptada:', fr: 'La réponse acceptée :', ru: 'Принятый ответ:', zh: '已采纳的回答：'},
  answerCut: {
    en: 'This answer is longer. Read the rest on the site:',
    ar: 'هذه الإجابة أطول من ذلك. اقرأ بقيتها على الموقع:',
    es: 'Esta respuesta es más larga. Lea el resto en el sitio:',
    fr: 'Cette réponse est plus longue. Lisez la suite sur le site :',
    ru: 'Это не весь ответ. Прочитайте продолжение на сайте:',
    zh: '这条回答较长。请在网站上阅读其余内容：',
  },
  answersOtherReplies: {
    en: 'Other people replied as well; their replies are not quoted here. Read them in the thread.',
    ar: 'ردّ آخرون أيضًا، ولا تُقتبس ردودهم هنا. اقرأها في النقاش.',
    es: 'Otras personas también han respondido; sus respuestas no se citan aquí. Léalas en el hilo.',
    fr: 'D’autres personnes ont aussi répondu ; leurs réponses ne sont pas citées ici. Lisez-les dans la discussion.',
    ru: 'Ответили и другие участники; их ответы здесь не приводятся. Прочитайте их в обсуждении.',
    zh: '其他人也作了回复；此处不引用他们的回复。请在讨论中阅读。',
  },
  replySubject: {en: 'New reply to your question on BSG Hub', ar: 'ردّ جديد على سؤالك في BSG Hub', es: 'Nueva respuesta a su pregunta en BSG Hub', fr: 'Nouvelle réponse à votre question sur BSG Hub', ru: 'Новый ответ на ваш вопрос на BSG Hub', zh: '您在 BSG Hub 上的问题有新回复'},
  replyIntro: {en: 'Your question has a new reply:', ar: 'تلقّى سؤالك ردًّا جديدًا:', es: 'Su pregunta ha recibido una nueva respuesta:', fr: 'Votre question a reçu une nouvelle réponse :', ru: 'На ваш вопрос пришёл новый ответ:', zh: '您的问题有一条新回复：'},
  replyNotQuoted: {
    en: 'In its emails, BSG Hub quotes only answers by the forum’s maintainers and experts. Read this reply in the thread:',
    ar: 'لا يقتبس BSG Hub في رسائله إلا إجابات القائمين على المنتدى وخبرائه. اقرأ هذا الردّ في النقاش:',
    es: 'En sus correos, BSG Hub solo cita las respuestas de los responsables y los expertos del foro. Lea esta respuesta en el hilo:',
    fr: 'Dans ses e-mails, BSG Hub ne cite que les réponses des responsables et des experts du forum. Lisez cette réponse dans la discussion :',
    ru: 'В письмах BSG Hub приводит только ответы администраторов и экспертов форума. Прочитайте этот ответ в обсуждении:',
    zh: 'BSG Hub 的邮件只引用论坛维护者和专家的回答。请在讨论中阅读这条回复：',
  },
  answersOnSite: {en: 'Read the thread on BSG Hub', ar: 'اقرأ النقاش على BSG Hub', es: 'Leer el hilo en BSG Hub', fr: 'Lire la discussion sur BSG Hub', ru: 'Читать обсуждение на BSG Hub', zh: '在 BSG Hub 上阅读讨论'},
  answersOnGitHub: {en: 'Reply on GitHub', ar: 'الرد على GitHub', es: 'Responder en GitHub', fr: 'Répondre sur GitHub', ru: 'Ответить на GitHub', zh: '在 GitHub 上回复'},
  mailFollowUp: {
    en: 'To add something to your question or reply to the answers, write a follow-up:',
    ar: 'لإضافة شيء إلى سؤالك أو الرد على الإجابات، اكتب متابعة:',
    es: 'Para añadir algo a su pregunta o responder a las respuestas, escriba un seguimiento:',
    fr: 'Pour compléter votre question ou répondre aux réponses, écrivez une suite :',
    ru: 'Чтобы дополнить вопрос или ответить на ответы, напишите дополнение:',
    zh: '如需补充您的问题或回复回答，请撰写跟进内容：',
  },
  followUpTitle: {en: 'Write a follow-up', ar: 'اكتب متابعة', es: 'Escribir un seguimiento', fr: 'Écrire une suite', ru: 'Написать дополнение', zh: '撰写跟进内容'},
  followUpIntro: {en: 'Your follow-up to your question:', ar: 'متابعتك لسؤالك:', es: 'Su seguimiento de su pregunta:', fr: 'Votre suite à votre question :', ru: 'Дополнение к вашему вопросу:', zh: '您对以下问题的跟进：'},
  followUpLabel: {en: 'Your follow-up', ar: 'متابعتك', es: 'Su seguimiento', fr: 'Votre suite', ru: 'Ваше дополнение', zh: '您的跟进内容'},
  followUpNote: {
    en: 'A moderator reads it before it is posted in the thread, with your display name. Do not write your email address or other personal details.',
    ar: 'يقرؤها أحد المشرفين قبل نشرها في النقاش، مع الاسم الذي اخترت إظهاره. لا تكتب عنوان بريدك الإلكتروني أو أي بيانات شخصية أخرى.',
    es: 'Un moderador lo lee antes de publicarlo en el hilo, con el nombre que eligió mostrar. No escriba su dirección de correo ni otros datos personales.',
    fr: 'Un modérateur la lit avant qu’elle soit publiée dans la discussion, avec le nom que vous avez choisi d’afficher. N’y écrivez pas votre adresse e-mail ni d’autres données personnelles.',
    ru: 'Модератор прочитает его перед публикацией в обсуждении под выбранным вами именем. Не указывайте адрес электронной почты и другие личные данные.',
    zh: '版主会先阅读，然后以您选择显示的名称发布到讨论中。请勿填写您的电子邮件地址或其他个人信息。',
  },
  followUpButton: {en: 'Send the follow-up', ar: 'إرسال المتابعة', es: 'Enviar el seguimiento', fr: 'Envoyer la suite', ru: 'Отправить дополнение', zh: '发送跟进内容'},
  followUpReceivedTitle: {en: 'Follow-up received', ar: 'تم استلام المتابعة', es: 'Seguimiento recibido', fr: 'Suite reçue', ru: 'Дополнение получено', zh: '已收到跟进内容'},
  followUpReceived: {
    en: 'Thank you. A moderator will read your follow-up; you will get an email when it is posted in the thread.',
    ar: 'شكرًا لك. سيقرأ أحد المشرفين متابعتك، وستتلقى رسالة بريد إلكتروني عند نشرها في النقاش.',
    es: 'Gracias. Un moderador leerá su seguimiento; recibirá un correo cuando se publique en el hilo.',
    fr: 'Merci. Un modérateur va lire votre suite ; vous recevrez un e-mail quand elle sera publiée dans la discussion.',
    ru: 'Спасибо. Модератор прочитает ваше дополнение; вы получите письмо, когда оно появится в обсуждении.',
    zh: '谢谢。版主将阅读您的跟进内容；发布到讨论中后，您会收到电子邮件。',
  },
  followUpUsed: {
    en: 'This link was already used to send a follow-up. Each email about your question brings a link of its own.',
    ar: 'سبق استخدام هذا الرابط لإرسال متابعة. تحمل كل رسالة بشأن سؤالك رابطًا خاصًا بها.',
    es: 'Este enlace ya se ha usado para enviar un seguimiento. Cada correo sobre su pregunta trae su propio enlace.',
    fr: 'Ce lien a déjà servi à envoyer une suite. Chaque e-mail au sujet de votre question apporte son propre lien.',
    ru: 'Эта ссылка уже использована для отправки дополнения. В каждом письме о вашем вопросе есть своя ссылка.',
    zh: '此链接已用于发送跟进内容。每封有关您问题的邮件都附有各自的链接。',
  },
  followUpExpired: {
    en: 'This link has expired. Each email about your question brings a new one.',
    ar: 'انتهت صلاحية هذا الرابط. تحمل كل رسالة بشأن سؤالك رابطًا جديدًا.',
    es: 'Este enlace ha caducado. Cada correo sobre su pregunta trae uno nuevo.',
    fr: 'Ce lien a expiré. Chaque e-mail au sujet de votre question en apporte un nouveau.',
    ru: 'Срок действия ссылки истёк. В каждом письме о вашем вопросе есть новая ссылка.',
    zh: '此链接已过期。每封有关您问题的邮件都会附上新的链接。',
  },
  followUpMissing: {en: 'Please write your follow-up.', ar: 'يُرجى كتابة متابعتك.', es: 'Escriba su seguimiento.', fr: 'Écrivez votre suite.', ru: 'Напишите дополнение.', zh: '请填写跟进内容。'},
  followUpPublishedSubject: {en: 'Your follow-up is posted on BSG Hub', ar: 'نُشرت متابعتك على BSG Hub', es: 'Su seguimiento se ha publicado en BSG Hub', fr: 'Votre suite est publiée sur BSG Hub', ru: 'Ваше дополнение опубликовано на BSG Hub', zh: '您的跟进内容已在 BSG Hub 上发布'},
  followUpPublishedIntro: {
    en: 'A moderator approved your follow-up. It is now in the thread of your question:',
    ar: 'وافق أحد المشرفين على متابعتك. أصبحت الآن في نقاش سؤالك:',
    es: 'Un moderador ha aprobado su seguimiento. Ya está en el hilo de su pregunta:',
    fr: 'Un modérateur a approuvé votre suite. Elle est maintenant dans la discussion de votre question :',
    ru: 'Модератор одобрил ваше дополнение. Теперь оно в обсуждении вашего вопроса:',
    zh: '版主已批准您的跟进内容。它现已发布在您问题的讨论中：',
  },
  followUpRejectedSubject: {en: 'Your follow-up was not posted on BSG Hub', ar: 'لم تُنشر متابعتك على BSG Hub', es: 'Su seguimiento no se ha publicado en BSG Hub', fr: 'Votre suite n’a pas été publiée sur BSG Hub', ru: 'Ваше дополнение не опубликовано на BSG Hub', zh: '您的跟进内容未在 BSG Hub 上发布'},
  followUpRejectedIntro: {
    en: 'A moderator decided not to post your follow-up to this question:',
    ar: 'قرّر أحد المشرفين عدم نشر متابعتك لهذا السؤال:',
    es: 'Un moderador ha decidido no publicar su seguimiento de esta pregunta:',
    fr: 'Un modérateur a décidé de ne pas publier votre suite à cette question :',
    ru: 'Модератор решил не публиковать ваше дополнение к этому вопросу:',
    zh: '版主决定不发布您对以下问题的跟进内容：',
  },
} satisfies Record<string, Text>;

export const COUNTED = {
  titleTooLong: {en: (n) => `The title is too long: at most ${n} characters.`, ar: (n) => `العنوان طويل جدًا: ${n} حرفًا على الأكثر.`, es: (n) => `El título es demasiado largo: ${n} caracteres como máximo.`, fr: (n) => `Le titre est trop long : ${n} caractères au plus.`, ru: (n) => `Заголовок слишком длинный: не более ${n} символов.`, zh: (n) => `标题过长：最多 ${n} 个字符。`},
  questionTooLong: {en: (n) => `The question is too long: at most ${n} characters.`, ar: (n) => `السؤال طويل جدًا: ${n} حرف على الأكثر.`, es: (n) => `La pregunta es demasiado larga: ${n} caracteres como máximo.`, fr: (n) => `La question est trop longue : ${n} caractères au plus.`, ru: (n) => `Вопрос слишком длинный: не более ${n} символов.`, zh: (n) => `问题过长：最多 ${n} 个字符。`},
  tooManyLinks: {en: (n) => `Too many links: at most ${n}.`, ar: (n) => `عدد الروابط كبير جدًا: ${n} على الأكثر.`, es: (n) => `Demasiados enlaces: ${n} como máximo.`, fr: (n) => `Trop de liens : ${n} au plus.`, ru: (n) => `Слишком много ссылок: не более ${n}.`, zh: (n) => `链接过多：最多 ${n} 个。`},
  followUpTooLong: {en: (n) => `The follow-up is too long: at most ${n} characters.`, ar: (n) => `المتابعة طويلة جدًا: ${n} حرف على الأكثر.`, es: (n) => `El seguimiento es demasiado largo: ${n} caracteres como máximo.`, fr: (n) => `La suite est trop longue : ${n} caractères au plus.`, ru: (n) => `Дополнение слишком длинное: не более ${n} символов.`, zh: (n) => `跟进内容过长：最多 ${n} 个字符。`},
  nameTooLong: {en: (n) => `The name is too long: at most ${n} characters.`, ar: (n) => `الاسم طويل جدًا: ${n} حرفًا على الأكثر.`, es: (n) => `El nombre es demasiado largo: ${n} caracteres como máximo.`, fr: (n) => `Le nom est trop long : ${n} caractères au plus.`, ru: (n) => `Имя слишком длинное: не более ${n} символов.`, zh: (n) => `名称过长：最多 ${n} 个字符。`},
  countryTooLong: {en: (n) => `The country is too long: at most ${n} characters.`, ar: (n) => `اسم البلد طويل جدًا: ${n} حرفًا على الأكثر.`, es: (n) => `El país es demasiado largo: ${n} caracteres como máximo.`, fr: (n) => `Le pays est trop long : ${n} caractères au plus.`, ru: (n) => `Название страны слишком длинное: не более ${n} символов.`, zh: (n) => `国家名称过长：最多 ${n} 个字符。`},
  tooManyRecommendations: {en: (n) => `Choose at most ${n} Recommendations.`, ar: (n) => `اختر ${n} توصيات على الأكثر.`, es: (n) => `Elija como máximo ${n} Recomendaciones.`, fr: (n) => `Choisissez au plus ${n} Recommandations.`, ru: (n) => `Выберите не более ${n} Рекомендаций.`, zh: (n) => `最多选择 ${n} 项建议书。`},
  tooLarge: {en: (n) => `The form is too large: at most ${n} KB.`, ar: (n) => `النموذج كبير جدًا: ${n} كيلوبايت على الأكثر.`, es: (n) => `El formulario es demasiado grande: ${n} KB como máximo.`, fr: (n) => `Le formulaire est trop volumineux : ${n} Ko au plus.`, ru: (n) => `Форма слишком большая: не более ${n} КБ.`, zh: (n) => `表单过大：最多 ${n} KB。`},
} satisfies Record<string, Counted>;

export type TextKey = keyof typeof TEXT;
export type CountedKey = keyof typeof COUNTED;
/** A message to show: its key, and the number it counts if any. */
export type Message = {key: TextKey} | {key: CountedKey; n: number};

export function say(locale: Locale, message: Message): string {
  return 'n' in message ? COUNTED[message.key][locale](message.n) : TEXT[message.key][locale];
}

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
export const direction = (locale: Locale) => (locale === 'ar' ? 'rtl' : 'ltr');

/** The first of the site's languages in an `Accept-Language` header, else English. */
export function localeFromHeader(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (isLocale(tag)) return tag;
  }
  return 'en';
}
