"""Title and byline on real pages (round-2 audit): the page's furniture above the headline, formal
documents copied by legal-document sites, and bylines written with initials."""
import pytest

import tuyengiao

_BODY = "\n\nSáng 1-3, Hội Liên hiệp Phụ nữ huyện Vạn Ninh tổ chức tọa đàm kỷ niệm ngày Quốc tế Phụ nữ 8-3.\n"


@pytest.mark.parametrize(
    "top, headline",
    [
        # kontum.gov.vn: the day's date above the headline
        ("Thứ 3, Ngày 16/07/2024 -\n\n", "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII"),
        # baoapbac.vn: the time stamp, then a stray "."
        ("Thứ Năm, 15/10/2020, 16:21 (GMT+7)\n.\n\n", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI"),
        # baokhanhhoa.vn
        ("11:03, 01/03/2023\n\n", "Tọa đàm kỷ niệm ngày Quốc tế Phụ nữ"),
        # sxdthanhhoa.gov.vn
        ("Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27\n\n", "Lịch sử phát triển"),
        # tinbong247news.net: a line without letters
        ("--> -->\n\n", "Trao Giải Báo chí về xây dựng Đảng và hệ thống chính trị thành phố Hà Nội lần thứ VI"),
        # chuyendoiso.quangngai.gov.vn (print page): the print button
        ("In bài\n", "Quyết tâm phát huy sức mạnh đại đoàn kết toàn dân tộc, khơi dậy ý chí tự lực, tự cường"),
    ],
)
def test_the_headline_under_the_page_stamp_or_furniture(top, headline):
    assert tuyengiao.parse(top + headline + _BODY).title == headline


def test_a_stamp_over_a_sentence_gives_no_title():
    # vnews.gov.vn
    text = "13/10/2020, 20:57\n\nSau 3 ngày làm việc tích cực, dân chủ, trách nhiệm, chiều 13/10, Đại hội đã bế mạc.\n"
    assert tuyengiao.parse(text).title is None


_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 30/2016/QĐ-UBND\n\nHải Dương, ngày 01 tháng 11 năm 2016\n\n"
    "QUYẾT ĐỊNH\n\nBAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN\n\n"
    "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
)


def test_a_legal_sites_own_lines_above_the_header_are_not_the_title():
    # hethongphapluat.com
    text = "Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\n\n" + _HEADER
    assert tuyengiao.parse(text).title == (
        "QUYẾT ĐỊNH BAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN"
    )


def test_a_legal_sites_headline_naming_the_document_stays_the_title():
    # phapluatcongdong.vn
    headline = "Quyết định 30/2016/QĐ-UBND ban hành các nguyên tắc, tiêu chí và định mức phân bổ vốn đầu tư phát triển"
    text = headline + "\nSố hiệu: 30/2016/QĐ-UBND Loại văn bản: Quyết định\n\n" + _HEADER
    assert tuyengiao.parse(text).title == headline


def test_a_document_copied_without_its_header_opens_with_its_type_word():
    # thuvienphapluat.vn: a regulation issued with a decision
    text = (
        "QUY ĐỊNH\nCÔNG TÁC VĂN THƯ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC\n"
        "(Ban hành kèm theo Quyết định số 63/2010/QĐ-UBND ngày 29 tháng 9 năm 2010 của\nUBND tỉnh)\n"
        "Chương I\nQUY ĐỊNH CHUNG\n"
    )
    assert tuyengiao.parse(text).title == "QUY ĐỊNH CÔNG TÁC VĂN THƯ TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC"


def test_a_wrapped_capital_trich_yeu_keeps_its_last_line_of_digits():
    # thuviennhadat.vn: the copy wraps the title's lines, "2019 -" / "2020"
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 07/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 01 năm 2020\n|\n"
        "KẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -\n"
        "2020\nThực hiện Chỉ\nthị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển\n"
    )
    assert tuyengiao.parse(text).title == (
        "KẾ HOẠCH TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP "
        "VÀ DÂN SINH MÙA KHÔ NĂM 2019 - 2020"
    )


@pytest.mark.parametrize("byline", ["L.Duy", "T.Thủy"])  # nld.com.vn, cadn.com.vn
def test_a_byline_of_initials_glued_to_a_name(byline):
    text = (
        "Thượng tướng Nguyễn Văn Được làm Chủ tịch Hội Cựu chiến binh\n\n"
        "Đại hội nhất trí suy tôn Đại tướng Võ Nguyên Giáp tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.\n"
        + byline
    )
    doc = tuyengiao.parse(text)
    assert doc.author is not None and doc.author.name == byline
    assert text[doc.author.span.start : doc.author.span.end] == byline


# ---------------------------------------------------------------- round 3: party news, mass organisations, voter pages


@pytest.mark.parametrize(
    "top, headline",
    [
        # baomoi.com (mobile page): a sign-in prompt above the headline
        ("Đăng nhập\n\nĐăng nhập để trải nghiệm thêm những tính năng hữu ích\nZalo\n\n",
         "Thu thập ý kiến, nguyện vọng, kiến nghị của cử tri trước kỳ họp thứ 10 HĐND tỉnh"),
        # baotayninh.vn: the site's Google News button
        ("BAOTAYNINH.VN trên Google News\n\n", "Tỉnh đoàn: Tiến hành hội nghị Ban Chấp hành lần thứ 8, nhiệm kỳ 2012 - 2017"),
    ],
)
def test_the_headline_under_a_sign_in_prompt_or_a_news_button(top, headline):
    assert tuyengiao.parse(top + headline + _BODY).title == headline


def test_a_mass_organisations_header_without_the_national_motto():
    # thieunhivietnam.vn: a Youth Union plan, its trích yếu in sentence case over two lines
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
        "   Số: 225 - KH/TWĐTN-CTTN                     Hà Nội, ngày 16 tháng 5 năm 2024\n\n"
        "KẾ HOẠCH\nTổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024\n\n"
        "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024, Ban Bí thư Trung ương Đoàn "
        "ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:\n"
    )
    assert tuyengiao.parse(text).title == "KẾ HOẠCH Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024"


def test_a_sentence_case_trich_yeu_stops_at_the_preamble():
    # clbbtlt.blogspot.com: a city Youth Union plan copied without its header
    text = (
        "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu\n"
        "Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV,\nnhiệm kỳ 2012 - 2017\n"
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh, Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch như sau:\n"
        "I. YÊU CẦU\n"
    )
    assert tuyengiao.parse(text).title == (
        "KẾ HOẠCH Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh "
        "thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017"
    )


def test_a_type_word_over_the_preamble_alone_is_the_title():
    text = "QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
    assert tuyengiao.parse(text).title == "QUYẾT ĐỊNH"


_NEWS = (
    "Tuyên dương điển hình học tập và làm theo tấm gương đạo đức Hồ Chí Minh\n\n"
    "Nhân kỷ niệm 126 năm Ngày sinh Chủ tịch Hồ Chí Minh, Ban Thường vụ Thành ủy tổ chức Hội nghị tổng kết "
    "5 năm thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị.\n\n"
)


@pytest.mark.parametrize(
    "ending, name",
    [
        ("V.D\n\n;\n.\n.\n.", "V.D"),  # baodanang.vn: stray punctuation lines under the byline
        ("Thùy Linh.\n\nCùng chuyên mục", "Thùy Linh"),  # tinhdoanninhbinh.gov.vn: a full stop after the name
        ("Khánh Linh - Hoàng Luận", "Khánh Linh - Hoàng Luận"),  # baoyenbai.com.vn: two writers
        ("Khánh Linh – Hoàng Luận", "Khánh Linh - Hoàng Luận"),  # the same with an en dash
        ("Xuân Hướng – Trường Ca", "Xuân Hướng - Trường Ca"),  # a second name that opens like "Trường …"
        ("Hết.", None),  # a one-word sentence is not a name
    ],
)
def test_bylines_on_real_pages(ending, name):
    doc = tuyengiao.parse(_NEWS + ending)
    assert (doc.author.name if doc.author else None) == name
    if doc.author:
        text = _NEWS + ending
        assert tidy_dash(text[doc.author.span.start : doc.author.span.end]) == name


def tidy_dash(text):
    return text.replace("–", "-")


def test_cung_chuyen_muc_starts_the_leftovers():
    # tinhdoanninhbinh.gov.vn
    text = _NEWS + "Thùy Linh.\n\nCùng chuyên mục\n\nBan Thường vụ Tỉnh đoàn kiểm tra công tác đoàn năm 2021"
    start, end = tuyengiao.parse(text).body
    assert "Cùng chuyên mục" not in text[start:end]


@pytest.mark.parametrize(
    "top",
    [
        # lyluanchinhtri.vn: a breadcrumb holding the headline, the time stamp and the view count
        "Trang chủ    Tư liệu tạp chí in    Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng    "
        "Đổi mới, sắp xếp tổ chức bộ máy hệ thống chính trị theo tinh thần Đại hội XIII của Đảng\n"
        "Thứ tư, 08 Tháng 9 2021 15:09\n24114 Lượt xem\n\n",
        # tuyengiao.vn: the site's name between today's date and the time of posting
        "Thứ Sáu, 19/7/2024\nBan Tuyên giáo Trung ương\nThứ Năm, 8/6/2023 14:46'(GMT+7)\n\n",
    ],
)
def test_the_headline_under_a_breadcrumb_or_the_sites_name(top):
    headline = "Đổi mới, sắp xếp tổ chức bộ máy hệ thống chính trị theo tinh thần Đại hội XIII của Đảng"
    assert tuyengiao.parse(top + headline + _BODY).title == headline


def test_a_short_headline_over_the_stamp_stays_the_title():
    text = "Lịch sử phát triển\n11:03, 01/03/2023\nTọa đàm kỷ niệm ngày Quốc tế Phụ nữ" + _BODY
    assert tuyengiao.parse(text).title == "Lịch sử phát triển"


# ---------------------------------------------------------------- round 4
@pytest.mark.parametrize(
    "stamp_line, writer",
    [
        # baoquangnam.vn (print page): the writer's part in brackets, then the date and time
        ("NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09", "NGUYÊN ĐOAN"),
        # hanoimoi.vn: the date first, then a dash and the time
        ("Dương Linh 03/03/2024 - 10:14", "Dương Linh"),
        # baonghean.vn: a bullet before the date
        ("Nhóm PVTS • 19/11/2024", "Nhóm PVTS"),
    ],
)
def test_a_byline_under_the_headline_with_its_date(stamp_line, writer):
    headline = 'Bí thư Tỉnh ủy Nguyễn Ngọc Quang: "Công khai chính là làm cho Đảng mạnh hơn"'
    author = tuyengiao.parse(headline + "\n\n" + stamp_line + _BODY).author
    assert author is not None and author.name == writer


@pytest.mark.parametrize(
    "line",
    [
        # baokontum.com.vn: a dated sentence under the headline
        "Ngày 22/6/2015, Đoàn ĐBQH tỉnh ban hành Kế hoạch số 08/KH-ĐĐBQH.",
        # the page's stamp: a weekday is no writer
        "Thứ Năm 8/6/2023 14:46",
    ],
)
def test_a_dated_sentence_or_stamp_under_the_headline_is_no_byline(line):
    text = "Kế hoạch tiếp xúc cử tri sau kỳ họp thứ 9 Quốc hội khóa XIII\n\n" + line + _BODY
    assert tuyengiao.parse(text).author is None


def test_the_byline_over_an_aggregators_source_link():
    # baomoi.com copying kinhtedothi.vn
    text = (
        "Hà Nội tổ chức thành công Đại hội Mặt trận cấp huyện\n\nTính đến 15/6, đã có 28/30 quận, huyện, thị xã của "
        "Thành phố Hà Nội tổ chức thành công đại hội mặt trận cấp huyện nhiệm kỳ 2024 – 2029.\n\nThanh Nhàn\n\n"
        "Nguồn KTĐT: https://kinhtedothi.vn/ha-noi-to-chuc-thanh-cong-dai-hoi-mat-tran-cap-huyen.html"
    )
    author = tuyengiao.parse(text).author
    assert author is not None and author.name == "Thanh Nhàn"


@pytest.mark.parametrize(
    "marker",
    [
        "Chuyên mục khác",  # baokontum.com.vn
        "Những tin cũ hơn",  # tinhdoanqnam.vn (NukeViet sites)
    ],
)
def test_more_leftover_markers(marker):
    text = _NEWS + "Thùy Linh.\n\n" + marker + "\n\nBan Thường vụ Tỉnh đoàn kiểm tra công tác đoàn năm 2021"
    start, end = tuyengiao.parse(text).body
    assert marker not in text[start:end]


def test_an_answer_label_in_a_hard_wrapped_text_is_no_comment_button():
    # scribd.com, "Chuyên mục hỏi, đáp về nghiệp vụ kiểm tra, giám sát": every line is short, and
    # "Trả lời:" opens the answer, not the page's comment section
    text = (
        "CHUYÊN MỤC HỎI, ĐÁP VỀ NGHIỆP VỤ KIỂM TRA, GIÁM SÁT\n\n"
        "1. Hỏi: Uỷ ban kiểm tra huyện uỷ A nhận được đơn của đảng viên B,\n"
        "nội dung đơn vừa khiếu nại quyết định kỷ luật đảng của Đảng uỷ xã C đối\n"
        "với đồng chí. Vậy, việc thực hiện quy trình giải quyết đơn như thế nào?\n"
        "Trả lời:\n"
        "- Tại Khoản 1, Điều 19, Quy định số 22-QĐ/TW, ngày 28/7/2021 của\n"
        "Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật Đảng nêu:\n"
        "“(1). Cấp uỷ, ban thường vụ cấp uỷ, uỷ ban kiểm tra có nhiệm vụ giải\n"
        "quyết khiếu nại về kỷ luật đảng, tố cáo đối với tổ chức đảng và đảng\n"
        "viên theo quy định.”\n"
    )
    doc = tuyengiao.parse(text)
    assert doc.body[1] == len(text)
    assert any(r.symbol == "22-QĐ/TW" for r in doc.references)


def test_a_comment_button_still_ends_the_body():
    text = (
        "Hội nghị sơ kết công tác tuyên giáo\n\n"
        "Sáng 3/7, Ban Tuyên giáo Tỉnh ủy tổ chức sơ kết công tác tuyên giáo 6 tháng đầu năm.\n\n"
        "Trả lời\nHọ và tên\nEmail\nGửi bình luận\n"
    )
    doc = tuyengiao.parse(text)
    assert text[doc.body[1]:].lstrip().startswith("Trả lời")


# ---------------------------------------------------------------- round 5: where the body ends


@pytest.mark.parametrize(
    "text, last_words",
    [
        # kienthuc.net.vn: the site's Google News button under the headline, then short paragraphs
        ("Đề nghị Bộ Chính trị khai trừ khỏi Đảng đối với 1 trường hợp\n\nGoogle News\n\n"
         "Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị giữ nguyên hình thức khai trừ khỏi Đảng đối với 1 trường hợp.\n\n"
         "Trong hai ngày 21- 22/4, Ủy ban Kiểm tra Trung ương khóa 12, họp kỳ thứ 2 và 3.",
         "họp kỳ thứ 2 và 3."),
        # m.baomoi.com: a sign-in prompt above the headline
        ("Đăng nhập\n\nĐăng nhập để trải nghiệm thêm những tính năng hữu ích\nZalo\n\n"
         "Thu thập ý kiến, nguyện vọng, kiến nghị của cử tri trước kỳ họp thứ 10 HĐND tỉnh\n\n"
         "HĐND tỉnh vừa ban hành kế hoạch tiếp xúc cử tri (TXCT) trước kỳ họp thứ 10 HĐND tỉnh.\n",
         "trước kỳ họp thứ 10 HĐND tỉnh."),
    ],
)
def test_a_marker_above_the_first_paragraph_is_no_end_of_the_body(text, last_words):
    doc = tuyengiao.parse(text)
    assert text[: doc.body[1]].rstrip().endswith(last_words)


def test_a_portals_attachment_label_starts_the_leftovers():
    # namdong.thuathienhue.gov.vn
    text = (
        "Tìm kiếm\nGiám sát kết quả giải quyết kiến nghị của cử tri tại kỳ họp thứ 7 Hội đồng nhân dân huyện khoá VI\n\n"
        "   Ngày 03/7/2019 HĐND huyện ban hành báo cáo số 11/BC-HĐND về kết quả giám sát việc giải quyết kiến nghị "
        "của cử tri tại kỳ họp thứ 7.\n\nTập tin đính kèm:\nCác tin khác\nXem tin theo ngày  \nThống kê truy cập\n"
    )
    doc = tuyengiao.parse(text)
    assert text[: doc.body[1]].rstrip().endswith("tại kỳ họp thứ 7.")


# ---------------------------------------------------------------- round 5: formal documents cut short


def test_the_articles_quyet_dinh_is_no_title_when_the_copy_lost_the_type_word():
    # dulieuphapluat.vn: the header flattened into table rows, the type word over the trích yếu lost
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\n"
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\n"
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nQUYẾT ĐỊNH:\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019.\n"
    )
    assert tuyengiao.parse(text).title == (
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ"
    )


def test_a_section_heading_closing_an_excerpt_is_no_byline():
    # hethongphapluat.com: a provincial plan cut after its first heading
    text = (
        "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN ĐỀ ÁN TRÊN ĐỊA BÀN TỈNH HƯNG YÊN GIAI ĐOẠN 2021 - 2025\n\n"
        "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện Đề án trên địa bàn tỉnh giai đoạn 2021 - 2025 như sau:\n\n"
        "I. MỤC TIÊU\n"
    )
    assert tuyengiao.parse(text).author is None
